package fr.mutualis.remote.internal;

/** An authenticated client connection: who logged in, and from where. */
record Session(String login, String clientAddress) {
}
