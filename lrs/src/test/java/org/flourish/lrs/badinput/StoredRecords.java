package org.flourish.lrs.badinput;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Reads the deployed LRS's PostgreSQL database directly: which of these statements and documents it holds. */
final class StoredRecords implements AutoCloseable {

    private final Connection connection;

    StoredRecords(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
    }

    Set<String> statementIds(Collection<String> ids) throws SQLException {
        return present("SELECT id FROM statement WHERE id = ANY (?)", ids);
    }

    Set<String> documentIds(Collection<String> ids) throws SQLException {
        return present("SELECT document_id FROM document WHERE document_id = ANY (?)", ids);
    }

    private Set<String> present(String query, Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(query)) {
            Array array = connection.createArrayOf("varchar", ids.toArray());
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
