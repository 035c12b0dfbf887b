package org.draftroom.platform.operations;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked of the deployment descriptions without a cluster: the Kubernetes manifest
 * parses, runs N servers on one external database with the secret from a Secret, probes the
 * server's real health routes on its real port, as the non-root user the image is built with;
 * the image (the Maven profile "image") and the systemd unit agree with it.
 */
class DeploymentDescriptionsTest {
    private static final Path MANIFEST = Path.of("deploy/kubernetes/draftroom.yaml");

    @Test
    void the_kubernetes_manifest_runs_several_servers_with_probes_on_the_health_routes_and_the_secret_from_a_secret() throws IOException {
        Map<String, Map<String, Object>> byKind = documentsByKind();
        assertThat(byKind).containsOnlyKeys("Deployment", "Service", "PodDisruptionBudget");

        Map<String, Object> deployment = byKind.get("Deployment");
        Map<String, Object> spec = map(deployment, "spec");
        assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
        assertThat(map(map(spec, "strategy"), "rollingUpdate")).containsEntry("maxUnavailable", 0);
        Map<String, Object> pod = map(map(spec, "template"), "spec");
        Map<String, Object> podSecurity = map(pod, "securityContext");
        assertThat(podSecurity).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 1000).containsEntry("runAsGroup", 1000);

        List<Map<String, Object>> containers = list(pod, "containers");
        assertThat(containers).hasSize(1);
        Map<String, Object> server = containers.get(0);
        assertThat(list(server, "ports")).containsExactly(Map.of("name", "http", "containerPort", 8080));
        assertThat(probe(server, "readinessProbe")).isEqualTo(Map.of("path", "/health/readiness", "port", "http"));
        assertThat(probe(server, "startupProbe")).isEqualTo(Map.of("path", "/health/readiness", "port", "http"));
        assertThat(probe(server, "livenessProbe")).isEqualTo(Map.of("path", "/health/liveness", "port", "http"));
        // The load balancer stops sending before the server stops: grace period above the server's own stop.
        assertThat((Integer) pod.get("terminationGracePeriodSeconds")).isGreaterThan(5);

        // The secret and the database come from a Secret, never written in the manifest.
        assertThat(list(server, "envFrom")).containsExactly(Map.of("secretRef", Map.of("name", "draftroom")));
        List<Map<String, Object>> env = list(server, "env");
        assertThat(env).extracting(e -> e.get("name"))
                .doesNotContain("DRAFTROOM_JWT_SECRET", "DRAFTROOM_JWT_PREVIOUS_SECRET", "DATASOURCES_DEFAULT_PASSWORD", "DATASOURCES_DEFAULT_URL");
        assertThat(Files.readString(MANIFEST)).doesNotContainPattern("(?m)^\\s*(DRAFTROOM_JWT_SECRET|DATASOURCES_DEFAULT_PASSWORD)\\s*:");

        // A read-only root: the only place written is /tmp, an emptyDir.
        assertThat(map(server, "securityContext")).containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
        assertThat(list(server, "volumeMounts")).containsExactly(Map.of("name", "tmp", "mountPath", "/tmp"));
        assertThat(list(pod, "volumes")).containsExactly(Map.of("name", "tmp", "emptyDir", Map.of()));

        Map<String, Object> service = byKind.get("Service");
        assertThat(map(map(service, "spec"), "selector")).isEqualTo(map(map(spec, "selector"), "matchLabels"));
        assertThat(list(map(service, "spec"), "ports")).containsExactly(Map.of("name", "http", "port", 80, "targetPort", "http"));
        assertThat(map(byKind.get("PodDisruptionBudget"), "spec")).containsKey("minAvailable");
    }

    @Test
    void the_image_runs_as_the_manifests_user_on_its_port_with_the_same_health_routes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String image = pom.substring(pom.indexOf("<id>image</id>"));
        assertThat(element(image, "user")).isEqualTo("1000:1000");
        assertThat(element(image, "port")).isEqualTo("8080");
        assertThat(element(image, "draftroom.health.readiness")).isEqualTo("/health/readiness");
        assertThat(element(image, "draftroom.health.liveness")).isEqualTo("/health/liveness");
        assertThat(element(image, "tar")).endsWith("/draftroom-image.tar");
        assertThat(element(image, "goal")).isEqualTo("buildTar");
    }

    @Test
    void the_systemd_unit_runs_one_server_as_its_own_user_and_stops_it_with_sigterm() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("deploy/systemd/draftroom.service"));
        assertThat(lines).contains("User=draftroom", "KillSignal=SIGTERM", "KillMode=mixed",
                "EnvironmentFile=/etc/draftroom/draftroom.env", "ExecStart=/opt/draftroom/bin/draftroom");
        assertThat(lines).noneMatch(line -> line.matches("Environment=\"?(DRAFTROOM_JWT_SECRET|DATASOURCES_DEFAULT_PASSWORD)=.*"));
        assertThat(Path.of("deploy/bin/draftroom")).isExecutable();
    }

    private static Map<String, Map<String, Object>> documentsByKind() throws IOException {
        Map<String, Map<String, Object>> byKind = new java.util.LinkedHashMap<>();
        List<Object> documents = new ArrayList<>();
        new Yaml().loadAll(Files.readString(MANIFEST)).forEach(documents::add);
        for (Object document : documents) {
            @SuppressWarnings("unchecked")
            Map<String, Object> resource = (Map<String, Object>) document;
            assertThat(resource).containsKeys("apiVersion", "kind", "metadata", "spec");
            assertThat(byKind.put((String) resource.get("kind"), resource)).as("one %s", resource.get("kind")).isNull();
        }
        return byKind;
    }

    private static Map<String, Object> probe(Map<String, Object> container, String name) {
        Map<String, Object> probe = map(container, name);
        assertThat((Integer) probe.get("timeoutSeconds")).as(name + " timeout").isLessThanOrEqualTo(2);
        return map(probe, "httpGet");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (List<Map<String, Object>>) parent.get(key);
    }

    private static String element(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(xml);
        assertThat(matcher.find()).as("<%s> in the image profile", name).isTrue();
        return matcher.group(1).trim();
    }
}
