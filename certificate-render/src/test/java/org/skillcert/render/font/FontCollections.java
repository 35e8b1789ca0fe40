package org.skillcert.render.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/** Packs whole TrueType fonts into one TrueType collection ({@code .ttc}, version 1.0), as tests need. */
public final class FontCollections {
    private FontCollections() {
    }

    /** Tells whether the bundled Song face (read on first use) has been read in this JVM. */
    public static boolean bundledSongRead() {
        return BundledFonts.forRole(FontRole.SONG).loaded();
    }

    /** Returns the bytes of a bundled font resource. */
    public static byte[] bundled(String name) throws IOException {
        try (InputStream in = FontFace.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /**
     * Packs fonts into a collection: the 'ttcf' header with one offset per face, each face's table
     * directory, then every table, 4-byte aligned, with the directories pointing at absolute offsets.
     */
    public static byte[] pack(byte[]... fonts) {
        int n = fonts.length;
        int header = 12 + 4 * n;
        int[] dirStart = new int[n];
        int pos = header;
        for (int f = 0; f < n; f++) {
            dirStart[f] = pos;
            pos += 12 + 16 * numTables(fonts[f]);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer dirs = ByteBuffer.allocate(pos - header);
        int dataStart = pos;
        for (byte[] font : fonts) {
            ByteBuffer in = ByteBuffer.wrap(font);
            int tables = numTables(font);
            dirs.put(font, 0, 12);
            for (int t = 0; t < tables; t++) {
                int rec = 12 + 16 * t;
                int tag = in.getInt(rec);
                int checksum = in.getInt(rec + 4);
                int offset = in.getInt(rec + 8);
                int length = in.getInt(rec + 12);
                int at = dataStart + data.size();
                data.write(font, offset, length);
                while (data.size() % 4 != 0) {
                    data.write(0);
                }
                dirs.putInt(tag).putInt(checksum).putInt(at).putInt(length);
            }
        }
        ByteBuffer head = ByteBuffer.allocate(header);
        head.putInt(0x74746366).putInt(0x00010000).putInt(n);
        for (int f = 0; f < n; f++) {
            head.putInt(dirStart[f]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pos + data.size());
        out.write(head.array(), 0, header);
        out.write(dirs.array(), 0, dirs.capacity());
        out.write(data.toByteArray(), 0, data.size());
        return out.toByteArray();
    }

    private static int numTables(byte[] font) {
        return ByteBuffer.wrap(font).getShort(4) & 0xffff;
    }
}
