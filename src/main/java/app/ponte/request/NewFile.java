package app.ponte.request;

import java.nio.file.Path;

/** A file the user has uploaded and wants attached: its name on their machine, and where it waits now. */
public record NewFile(String originalName, Path content) {
}
