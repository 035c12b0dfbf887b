package org.draftroom;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.draftroom.platform.process.OrderlyShutdown;

@OpenAPIDefinition(info = @Info(
        title = "Draftroom",
        version = "0.1",
        description = "Negotiating United Nations draft resolutions: documents, lifecycle, sponsorship, amendments, votes and audit."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The access token POST /login answers, as 'Authorization: Bearer <token>'")
public class Application {
    public static void main(String[] args) {
        OrderlyShutdown.onSignals(Micronaut.run(Application.class, args));
    }
}
