package org.skillcert.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A PDF object graph made once and copied into many documents: dictionaries, arrays and streams
 * are held as plain immutable Java values, streams as their encoded bytes (filters already
 * applied, so nothing is compressed again), and each {@link #thaw()} builds a fresh graph of
 * PDFBox objects for one document, sharing nothing mutable with other documents (a thawed stream
 * reads the frozen bytes in place, never writing them: no copy per document). Objects shared
 * within the graph stay shared in every copy. Immutable and thread-safe.
 *
 * <p>This is how a renderer keeps the part of a certificate that is the same on every page (the
 * wording with its font subsets, the border): made, subset and compressed once, then copied as
 * ready bytes (issue 14).
 */
public final class FrozenCos {
    private final Object root;

    private FrozenCos(Object root) {
        this.root = root;
    }

    /**
     * Freezes a graph of an in-memory document.
     *
     * @param base the root object (indirect references are followed)
     * @return the frozen graph
     * @throws IOException if a stream cannot be read
     */
    public static FrozenCos of(COSBase base) throws IOException {
        return new FrozenCos(freeze(base, new IdentityHashMap<>()));
    }

    /**
     * Builds a fresh copy of the graph for one document.
     *
     * @return the root: a {@link COSStream} when a stream was frozen
     * @throws IOException if a stream cannot be written
     */
    public COSBase thaw() throws IOException {
        return thaw(root, new IdentityHashMap<>());
    }

    private record Dict(List<COSName> keys, List<Object> values) {
    }

    private record Arr(List<Object> items) {
    }

    private record Stream(Dict dict, byte[] raw) {
    }

    private record Str(byte[] bytes) {
    }

    private static Object freeze(COSBase base, Map<COSBase, Object> seen) throws IOException {
        if (base instanceof COSObject) {
            return freeze(((COSObject) base).getObject(), seen);
        }
        if (base == null || base instanceof COSNull) {
            return COSNull.NULL;
        }
        if (base instanceof COSName || base instanceof COSInteger || base instanceof COSFloat
                || base instanceof COSBoolean) {
            return base; // immutable
        }
        if (base instanceof COSString) {
            return new Str(((COSString) base).getBytes().clone());
        }
        Object done = seen.get(base);
        if (done != null) {
            return done;
        }
        if (base instanceof COSStream) {
            COSStream s = (COSStream) base;
            byte[] raw;
            if (COSName.FLATE_DECODE.equals(s.getItem(COSName.FILTER))
                    && s.getDictionaryObject(COSName.DECODE_PARMS) == null) {
                // compressed once for every copy: worth the best level
                try (InputStream in = s.createInputStream()) {
                    raw = Flate.deflateOnce(in.readAllBytes(), Deflater.BEST_COMPRESSION);
                }
            } else {
                try (InputStream in = s.createRawInputStream()) {
                    raw = in.readAllBytes();
                }
            }
            Stream frozen = new Stream(new Dict(new ArrayList<>(), new ArrayList<>()), raw);
            seen.put(base, frozen);
            fill(frozen.dict(), s, seen);
            return frozen;
        }
        if (base instanceof COSDictionary) {
            Dict frozen = new Dict(new ArrayList<>(), new ArrayList<>());
            seen.put(base, frozen);
            fill(frozen, (COSDictionary) base, seen);
            return frozen;
        }
        if (base instanceof COSArray) {
            Arr frozen = new Arr(new ArrayList<>());
            seen.put(base, frozen);
            for (COSBase item : (COSArray) base) {
                frozen.items().add(freeze(item, seen));
            }
            return frozen;
        }
        throw new IOException("cannot freeze " + base.getClass().getSimpleName());
    }

    /**
     * Returns a stream whose encoded bytes are these, read in place: the bytes are neither copied
     * nor ever modified (PDFBox reads a stream made so like one parsed from a file).
     *
     * @param raw the stream's bytes, filters applied
     * @return a stream without dictionary entries but its length
     * @throws IOException never for bytes in memory
     */
    public static COSStream streamOver(byte[] raw) throws IOException {
        return new COSStream(null, new RandomAccessReadView(new RandomAccessReadBuffer(raw), 0, raw.length));
    }

    private static void fill(Dict frozen, COSDictionary dict, Map<COSBase, Object> seen) throws IOException {
        for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
            if (dict instanceof COSStream && COSName.LENGTH.equals(e.getKey())) {
                continue; // written anew with the bytes
            }
            frozen.keys().add(e.getKey());
            frozen.values().add(freeze(e.getValue(), seen));
        }
    }

    private static COSBase thaw(Object node, Map<Object, COSBase> made) throws IOException {
        if (node instanceof COSBase) {
            return (COSBase) node;
        }
        if (node instanceof Str) {
            return new COSString(((Str) node).bytes());
        }
        COSBase done = made.get(node);
        if (done != null) {
            return done;
        }
        if (node instanceof Stream) {
            Stream s = (Stream) node;
            COSStream stream = streamOver(s.raw());
            made.put(node, stream);
            put(stream, s.dict(), made);
            return stream;
        }
        if (node instanceof Dict) {
            COSDictionary dict = new COSDictionary();
            made.put(node, dict);
            put(dict, (Dict) node, made);
            return dict;
        }
        Arr a = (Arr) node;
        COSArray array = new COSArray();
        made.put(node, array);
        for (Object item : a.items()) {
            array.add(thaw(item, made));
        }
        return array;
    }

    private static void put(COSDictionary dict, Dict frozen, Map<Object, COSBase> made) throws IOException {
        for (int i = 0; i < frozen.keys().size(); i++) {
            dict.setItem(frozen.keys().get(i), thaw(frozen.values().get(i), made));
        }
    }
}
