package fr.mutualis.remote.client;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;

/**
 * A client socket (plain or TLS) that, once connected, logs in with the {@link LoginFrame} of the connection being
 * opened on this thread before ECF writes anything on it. It delegates to the real socket what ECF's connection uses.
 */
final class FramedSocket extends Socket {

    private static final int BUFFER = 16 * 1024;

    private final Socket delegate;
    private InputStream input;
    private OutputStream output;

    FramedSocket(Socket delegate) {
        this.delegate = delegate;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        delegate.connect(endpoint, timeout);
        LoginFrame.Credentials credentials = LoginFrame.pending();
        if (credentials == null) {
            delegate.close();
            throw new IOException("no credentials for this connection");
        }
        int before = delegate.getSoTimeout();
        try {
            delegate.setSoTimeout(timeout > 0 ? timeout : 15_000);
            LoginFrame.exchange(credentials, delegate.getOutputStream(), delegate.getInputStream());
            delegate.setSoTimeout(before);
        } catch (IOException e) {
            delegate.close();
            throw e;
        }
    }

    /**
     * Buffered (once, after the login): ECF wraps these in object streams, which otherwise make a system call for
     * nearly every byte of a message's envelope when reading, and one per kilobyte when writing (a TCP segment each,
     * with {@code TCP_NODELAY}). ECF flushes after every message it writes, and so does {@code DirectWrites}.
     */
    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (input == null) {
            input = new BufferedInputStream(delegate.getInputStream(), BUFFER);
        }
        return input;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
        if (output == null) {
            output = new BufferedOutputStream(delegate.getOutputStream(), BUFFER);
        }
        return output;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            delegate.close();
        } finally {
            super.close();
        }
    }

    @Override
    public boolean isConnected() {
        return delegate.isConnected();
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }

    @Override
    public InetAddress getInetAddress() {
        return delegate.getInetAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return delegate.getLocalAddress();
    }

    @Override
    public int getPort() {
        return delegate.getPort();
    }

    @Override
    public int getLocalPort() {
        return delegate.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return delegate.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return delegate.getLocalSocketAddress();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        delegate.setTcpNoDelay(on);
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        delegate.setKeepAlive(on);
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        delegate.setSoTimeout(timeout);
    }

    @Override
    public synchronized int getSoTimeout() throws SocketException {
        return delegate.getSoTimeout();
    }

    @Override
    public void shutdownInput() throws IOException {
        delegate.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        delegate.shutdownOutput();
    }

    @Override
    public String toString() {
        return "FramedSocket[" + delegate + "]";
    }
}
