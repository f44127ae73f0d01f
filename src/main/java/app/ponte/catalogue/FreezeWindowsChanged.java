package app.ponte.catalogue;

/** An organisation's freeze windows on a system were declared, changed or withdrawn: deadlines and conflicts move. */
public record FreezeWindowsChanged(long systemId, long organisationId) {
}
