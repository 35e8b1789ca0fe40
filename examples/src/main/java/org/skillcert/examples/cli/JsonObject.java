package org.skillcert.examples.cli;

import java.util.List;
import javax.annotation.Nullable;

/**
 * Builds one JSON object for {@code --json} output, keys in the order they are put.
 */
final class JsonObject {
    private final StringBuilder json = new StringBuilder("{");

    JsonObject put(String key, @Nullable Object value) {
        if (json.length() > 1) {
            json.append(", ");
        }
        Json.appendString(json, key).append(": ");
        appendValue(value);
        return this;
    }

    private void appendValue(@Nullable Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof JsonObject) {
            json.append(value);
        } else if (value instanceof List) {
            json.append('[');
            boolean first = true;
            for (Object item : (List<?>) value) {
                if (!first) {
                    json.append(", ");
                }
                first = false;
                appendValue(item);
            }
            json.append(']');
        } else {
            Json.appendString(json, value.toString());
        }
    }

    @Override
    public String toString() {
        return json + "}";
    }
}
