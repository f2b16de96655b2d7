package org.newskg.kb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Many strings in one UTF-8 byte array with an offset table: string {@code i} is
 * {@code bytes[start[i], start[i+1])}. Loading one array is far cheaper than allocating hundreds of thousands
 * of String objects, and keys can be compared in place. Immutable once built; {@link Builder} interns.
 */
final class StringTable {

    final byte[] bytes;
    final int[] start;

    StringTable(byte[] bytes, int[] start) {
        this.bytes = bytes;
        this.start = start;
    }

    int size() {
        return start.length - 1;
    }

    String get(int i) {
        return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
    }

    /** Compares string {@code i} with UTF-8 bytes, unsigned byte order (the order of {@link Builder#sortedKeys}). */
    int compare(int i, byte[] other) {
        int a = start[i];
        int aEnd = start[i + 1];
        int n = Math.min(aEnd - a, other.length);
        for (int k = 0; k < n; k++) {
            int c = Integer.compare(bytes[a + k] & 0xff, other[k] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(aEnd - a, other.length);
    }

    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private byte[] bytes = new byte[1 << 16];
        private int[] start = new int[1 << 12];
        private int size;
        private int used;

        int intern(String s) {
            Integer id = ids.get(s);
            if (id != null) {
                return id;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            while (used + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            if (size + 2 > start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            System.arraycopy(b, 0, bytes, used, b.length);
            start[size] = used;
            used += b.length;
            start[size + 1] = used;
            ids.put(s, size);
            return size++;
        }

        StringTable build() {
            return new StringTable(Arrays.copyOf(bytes, used), Arrays.copyOf(start, size + 1));
        }
    }

    /** Unsigned byte order of UTF-8, which is code point order. */
    static int compareUtf8(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }
}
