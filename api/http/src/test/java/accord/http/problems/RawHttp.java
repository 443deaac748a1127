package accord.http.problems;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, one request per connection, so that a test can send what no HTTP
 * client library lets through: undecodable paths, raw control bytes, broken chunking, lying headers.
 */
final class RawHttp {

    /** What came back: the status (-1 when the connection was reset with no answer), headers in lower case, the body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /**
     * @param target  the request target exactly as sent; characters above U+00FF are sent as UTF-8, others as bytes
     * @param headers name and value pairs; Host and Connection are added
     * @param body    null for none
     * @param chunked whether to send the body chunked instead of with a Content-Length
     */
    Answer send(String method, String target, List<String[]> headers, byte[] body, boolean chunked) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(bytesOf(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"));
            for (String[] header : headers) {
                request.writeBytes(bytesOf(header[0] + ": " + header[1] + "\r\n"));
            }
            if (body != null && chunked) {
                request.writeBytes(bytesOf("Transfer-Encoding: chunked\r\n\r\n"));
                for (int at = 0; at < body.length; at += 4096) {
                    int length = Math.min(4096, body.length - at);
                    request.writeBytes(bytesOf(Integer.toHexString(length) + "\r\n"));
                    request.write(body, at, length);
                    request.writeBytes(bytesOf("\r\n"));
                }
                request.writeBytes(bytesOf("0\r\n\r\n"));
            } else if (body != null) {
                request.writeBytes(bytesOf("Content-Length: " + body.length + "\r\n\r\n"));
                request.writeBytes(body);
            } else {
                request.writeBytes(bytesOf("\r\n"));
            }
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request.toByteArray());
                out.flush();
            } catch (SocketException refusedEarly) {
                // The service may answer and close before reading everything (413); read what it said.
            }
            return read(new BufferedInputStream(socket.getInputStream()), method);
        }
    }

    private static Answer read(InputStream in, String method) throws IOException {
        Answer answer = readOne(in, method);
        while (answer.status() >= 100 && answer.status() < 200) {
            answer = readOne(in, method); // 100 Continue comes before the answer
        }
        return answer;
    }

    private static Answer readOne(InputStream in, String method) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            int matched = 0;
            int b;
            while (matched < 4 && (b = in.read()) != -1) {
                head.write(b);
                matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                        ? matched + 1 : (b == '\r' ? 1 : 0);
            }
        } catch (SocketException reset) {
            if (head.size() == 0) {
                return new Answer(-1, Map.of(), new byte[0]);
            }
        }
        if (head.size() == 0) {
            return new Answer(-1, Map.of(), new byte[0]);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        if (status < 200 || "HEAD".equals(method) || headers.getOrDefault("content-type", "").startsWith("text/event-stream")) {
            return new Answer(status, headers, new byte[0]);
        }
        try {
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                return new Answer(status, headers, dechunk(in));
            }
            if (headers.containsKey("content-length")) {
                return new Answer(status, headers, in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            }
            return new Answer(status, headers, in.readAllBytes());
        } catch (SocketException reset) {
            return new Answer(status, headers, new byte[0]);
        }
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.writeBytes(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytesOf(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0xFF) {
                bytes.write(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toByteArray();
    }
}
