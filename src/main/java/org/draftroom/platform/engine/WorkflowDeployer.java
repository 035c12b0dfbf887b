package org.draftroom.platform.engine;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.flowable.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Deploys every {@code *.bpmn20.xml} of the packaged {@code workflows/} folder and of the
 * configured workflows directory, one deployment per file, with duplicate filtering: an
 * unchanged file is not deployed again on restart; a changed one becomes a new version.
 */
@Singleton
class WorkflowDeployer {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowDeployer.class);
    private static final String SUFFIX = ".bpmn20.xml";
    private final String directory;

    WorkflowDeployer(@Value("${draftroom.workflows.dir:}") String directory) {
        this.directory = directory;
    }

    void deployAll(RepositoryService repository) {
        Map<String, byte[]> files = new TreeMap<>();
        collectFromClasspath(files);
        if (!directory.isBlank()) {
            collectFromFolder(Path.of(directory), files);
        }
        files.forEach((name, content) -> {
            var deployment = repository.createDeployment()
                    .name(name)
                    .key(name)
                    .enableDuplicateFiltering()
                    .addBytes(name, content)
                    .deploy();
            LOG.info("Workflow {} is deployment {}", name, deployment.getId());
        });
    }

    private static void collectFromClasspath(Map<String, byte[]> files) {
        try {
            Enumeration<URL> roots = WorkflowDeployer.class.getClassLoader().getResources("workflows");
            for (URL root : Collections.list(roots)) {
                URI uri = root.toURI();
                if ("jar".equals(uri.getScheme())) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        collectFromFolder(jar.getPath("workflows"), files);
                    }
                } else {
                    collectFromFolder(Path.of(uri), files);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the packaged workflows: " + e.getMessage(), e);
        }
    }

    private static void collectFromFolder(Path folder, Map<String, byte[]> files) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read workflows in " + folder, e);
        }
    }
}
