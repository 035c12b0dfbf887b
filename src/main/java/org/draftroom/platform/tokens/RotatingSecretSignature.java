package org.draftroom.platform.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Signs tokens (HS256) with {@code DRAFTROOM_JWT_SECRET} and accepts tokens signed with it or with
 * {@code DRAFTROOM_JWT_PREVIOUS_SECRET}, so that the secret can be rotated without signing anyone
 * out: give every server the new secret and the old one as previous, and drop the previous one once
 * the tokens it signed have expired. Built at start-up, so that a server without a secret outside
 * demo mode and tests refuses to start instead of refusing every token later.
 */
@Context
@Named("generator")
class RotatingSecretSignature implements SignatureGeneratorConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(RotatingSecretSignature.class);
    private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;
    private final MACSigner signer;
    private final MACVerifier current;
    private final Optional<MACVerifier> previous;

    RotatingSecretSignature(@Value("${draftroom.jwt.secret:}") String secret,
                            @Value("${draftroom.jwt.previous-secret:}") String previousSecret,
                            Environment environment) throws JOSEException {
        boolean mayGenerate = environment.getActiveNames().contains("demo") || environment.getActiveNames().contains(Environment.TEST);
        SigningSecrets secrets = SigningSecrets.of(secret, previousSecret, mayGenerate);
        this.signer = new MACSigner(secrets.current());
        this.current = new MACVerifier(secrets.current());
        this.previous = secrets.previous().isPresent() ? Optional.of(new MACVerifier(secrets.previous().get())) : Optional.empty();
        if (secrets.generated()) {
            LOG.warn("DRAFTROOM_JWT_SECRET is not set: tokens are signed with a secret generated at this start, so they "
                    + "stop working when the server restarts and no other server accepts them (allowed in demo mode only)");
        } else if (previous.isPresent()) {
            LOG.info("Tokens are signed with DRAFTROOM_JWT_SECRET; tokens signed with DRAFTROOM_JWT_PREVIOUS_SECRET are still accepted");
        }
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(ALGORITHM), claims);
        jwt.sign(signer);
        return jwt;
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        if (!ALGORITHM.equals(jwt.getHeader().getAlgorithm())) {
            return false;
        }
        if (jwt.verify(current)) {
            return true;
        }
        return previous.isPresent() && jwt.verify(previous.get());
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return ALGORITHM.equals(algorithm);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only HS256 is supported";
    }
}
