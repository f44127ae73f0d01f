package app.ponte.request;

/** A file accepted into the attachment directory. */
record StoredFile(String originalName, String storedName, String contentType, long sizeBytes) {
}
