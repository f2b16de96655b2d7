package org.newskg.kb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole knowledge base as a few flat arrays, so that loading is reading one file (see
 * {@link SnapshotBuilder} for how it is built and {@link SnapshotCache} for where it is kept). Entities are
 * numbered by QID order; names, keys and office names live in {@link StringTable}s; lists are CSR-style
 * ({@code xStart[i]..xStart[i+1]} into a flat array). Immutable once read.
 */
final class KbSnapshot {

    static final int MAGIC = 0x4e4b4b42;   // "NKKB"
    static final int VERSION = 3;
    static final int HISTORICAL = 1;
    /** Every name of the entity is in the recognition lexicon (hand-curated entries). */
    static final int ALL_RECOGNIZED = 2;
    static final int LABEL_RECOGNIZED = 4;
    /** Bits 3-5 of the flags: the {@link Subclass} ordinal + 1, 0 for none. */
    static final int SUBCLASS_SHIFT = 3;
    static final int SUBCLASS_MASK = 7 << SUBCLASS_SHIFT;
    static final int NO_DATE = Integer.MIN_VALUE;

    StringTable strings;
    int[] qid;
    int[] label;
    byte[] type;
    int[] country;
    float[] prior;
    byte[] flags;
    /** When each entity existed (epoch days), {@link #NO_DATE} when not known. */
    int[] existedFrom;
    int[] existedUntil;
    int[] aliasStart;
    int[] aliases;
    byte[] aliasRecognized;
    int[] demonymStart;
    int[] demonyms;
    StringTable keys;
    int[] hitStart;
    int[] hits;
    StringTable looseKeys;
    int[] looseHitStart;
    int[] looseHits;
    int[] posHolder;
    int[] posLabel;
    int[] posOf;
    int[] posStart;
    int[] posEnd;
    int[] posByHolderStart;
    int[] ownerOrder;
    int[] posByOwnerStart;

    int size() {
        return qid.length;
    }

    void write(Path file) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ints(out, new int[] {MAGIC, VERSION});
            table(out, strings);
            ints(out, qid);
            ints(out, label);
            bytes(out, type);
            ints(out, country);
            int[] p = new int[prior.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = Float.floatToIntBits(prior[i]);
            }
            ints(out, p);
            bytes(out, flags);
            ints(out, existedFrom);
            ints(out, existedUntil);
            ints(out, aliasStart);
            ints(out, aliases);
            bytes(out, aliasRecognized);
            ints(out, demonymStart);
            ints(out, demonyms);
            table(out, keys);
            ints(out, hitStart);
            ints(out, hits);
            table(out, looseKeys);
            ints(out, looseHitStart);
            ints(out, looseHits);
            for (int[] a : new int[][] {posHolder, posLabel, posOf, posStart, posEnd, posByHolderStart, ownerOrder, posByOwnerStart}) {
                ints(out, a);
            }
        }
    }

    static KbSnapshot read(Path file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        int[] head = ints(in);
        if (head.length != 2 || head[0] != MAGIC || head[1] != VERSION) {
            throw new IOException("not a knowledge base snapshot of this version: " + file);
        }
        KbSnapshot s = new KbSnapshot();
        s.strings = table(in);
        s.qid = ints(in);
        s.label = ints(in);
        s.type = bytes(in);
        s.country = ints(in);
        int[] p = ints(in);
        s.prior = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            s.prior[i] = Float.intBitsToFloat(p[i]);
        }
        s.flags = bytes(in);
        s.existedFrom = ints(in);
        s.existedUntil = ints(in);
        s.aliasStart = ints(in);
        s.aliases = ints(in);
        s.aliasRecognized = bytes(in);
        s.demonymStart = ints(in);
        s.demonyms = ints(in);
        s.keys = table(in);
        s.hitStart = ints(in);
        s.hits = ints(in);
        s.looseKeys = table(in);
        s.looseHitStart = ints(in);
        s.looseHits = ints(in);
        s.posHolder = ints(in);
        s.posLabel = ints(in);
        s.posOf = ints(in);
        s.posStart = ints(in);
        s.posEnd = ints(in);
        s.posByHolderStart = ints(in);
        s.ownerOrder = ints(in);
        s.posByOwnerStart = ints(in);
        return s;
    }

    private static void table(OutputStream out, StringTable t) throws IOException {
        bytes(out, t.bytes);
        ints(out, t.start);
    }

    private static StringTable table(ByteBuffer in) {
        byte[] b = bytes(in);
        return new StringTable(b, ints(in));
    }

    private static void ints(OutputStream out, int[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * a.length);
        b.putInt(a.length);
        b.asIntBuffer().put(a);
        out.write(b.array());
    }

    private static void bytes(OutputStream out, byte[] a) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(a.length).array());
        out.write(a);
    }

    private static int[] ints(ByteBuffer in) {
        int n = in.getInt();
        int[] a = new int[n];
        IntBuffer ib = in.asIntBuffer();
        ib.get(a);
        in.position(in.position() + 4 * n);
        return a;
    }

    private static byte[] bytes(ByteBuffer in) {
        byte[] a = new byte[in.getInt()];
        in.get(a);
        return a;
    }
}
