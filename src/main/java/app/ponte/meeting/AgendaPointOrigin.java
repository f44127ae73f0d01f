package app.ponte.meeting;

/** Where an agenda point came from: written by Ponte from what changed, an open action item, or added by a person. */
enum AgendaPointOrigin {
    AUTO, ACTION_ITEM, ADDED
}
