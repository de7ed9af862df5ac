package org.cxlens.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes to text and fails on bytes that are not valid in the charset, instead of silently
 * turning them into U+FFFD. Unlike {@link java.io.InputStreamReader}, it first hands out all text
 * before the bad bytes, so the caller knows the line the problem is on.
 */
final class StrictTextReader extends Reader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private CharacterCodingException pending;
    private boolean endOfInput;
    private boolean flushed;

    StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pending != null) {
            throw pending;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            if (flushed) {
                return out.position() > off ? out.position() - off : -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                CharacterCodingException error = codingError(result);
                if (out.position() > off) {
                    pending = error;
                    return out.position() - off;
                }
                throw error;
            }
            if (result.isOverflow()) {
                return out.position() - off;
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
                continue;
            }
            if (out.position() > off) {
                return out.position() - off;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private static CharacterCodingException codingError(CoderResult result) {
        try {
            result.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        throw new IllegalStateException("not an error: " + result);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
