package org.skillcert.render.sign.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.URI;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.skillcert.render.sign.SignException;

/** Asks an RFC 3161 time-stamp authority over HTTP for a token on a SHA-256 imprint. */
final class TimeStampClient {
    private static final int TIMEOUT_MS = 15_000;
    // a token with its chain is a few kilobytes; anything far larger is not a time-stamp response
    private static final int MAX_RESPONSE = 1 << 20;

    private TimeStampClient() {
    }

    static TimeStampToken request(URI tsa, byte[] sha256, BigInteger nonce) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, nonce);
        try {
            HttpURLConnection http = (HttpURLConnection) tsa.toURL().openConnection();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            http.setDoOutput(true);
            http.setRequestMethod("POST");
            http.setRequestProperty("Content-Type", "application/timestamp-query");
            byte[] body = request.getEncoded();
            try (OutputStream out = http.getOutputStream()) {
                out.write(body);
            }
            int status = http.getResponseCode();
            if (status != 200) {
                throw failed(tsa, "HTTP status " + status, null);
            }
            byte[] answer;
            try (InputStream in = http.getInputStream()) {
                answer = in.readNBytes(MAX_RESPONSE + 1);
            }
            if (answer.length > MAX_RESPONSE) {
                throw failed(tsa, "response larger than " + MAX_RESPONSE + " bytes", null);
            }
            TimeStampResponse response = new TimeStampResponse(answer);
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw failed(tsa, "no token, status " + response.getStatus() + " " + response.getStatusString(), null);
            }
            return token;
        } catch (IOException | TSPException | ClassCastException e) {
            throw failed(tsa, e.toString(), e);
        }
    }

    private static SignException failed(URI tsa, String why, Exception cause) {
        return new SignException(SignException.Reason.TIME_STAMP_FAILED, tsa.toString(),
                "time-stamp authority " + tsa + ": " + why, cause);
    }
}
