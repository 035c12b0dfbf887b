package org.draftroom.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Hand-made HS256 tokens, to test what the server accepts. */
final class Tokens {
    private Tokens() {
    }

    static String signed(Map<String, Object> claims, String secret) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            ObjectMapper json = new ObjectMapper();
            String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = b64.encodeToString(json.writeValueAsBytes(claims));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return header + "." + payload + "." + signature;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
