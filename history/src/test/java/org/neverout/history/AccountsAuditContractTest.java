package org.neverout.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The web application's part of the store (migration V2: accounts and the audit log), on every
 * database the store supports: accounts read back exactly, names are unique, the first administrator
 * is created only into an empty store, and the audit chain verifies (by {@link AuditVerifier} and by
 * {@link IndependentAuditCheck}, written from docs/SECURITY.md) and names an edited, deleted or
 * reordered entry.
 */
abstract class AccountsAuditContractTest extends StoreContractTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00.123456Z");

    static UserAccount account(String name, String role) {
        return new UserAccount(name, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA-" + name, role, T0, false);
    }

    static AuditLog auditWith(HistoryStore store, int entries) {
        AuditLog log = new AuditLog(store);
        for (int i = 1; i <= entries; i++) {
            log.append(T0.plusSeconds(i), "user" + i, "login.ok", "from 127.0.0.1 as viewer; ‘Zürich’ \"" + i + "\"");
        }
        return log;
    }

    @Test
    void accountsReadBackExactlyAndNamesAreUnique() throws Exception {
        UserStore users = new UserStore(HistoryStore.open(freshStore()));
        assertThat(users.count()).isZero();
        assertThat(users.insert(account("ana", "analyst"))).isTrue();
        assertThat(users.insert(account("vic", "viewer"))).isTrue();
        assertThat(users.insert(account("ana", "admin"))).as("a taken name").isFalse();
        assertThat(users.find("ana")).contains(new UserAccount("ana", account("ana", "analyst").passwordHash(), "analyst",
                Instant.parse("2026-12-01T08:00:00.123Z"), false));
        assertThat(users.find("ANA")).as("names compare exactly").isEmpty();
        assertThat(users.all()).extracting(UserAccount::username).containsExactly("ana", "vic");
        assertThat(users.update("vic", "admin", true)).isTrue();
        assertThat(users.find("vic").orElseThrow()).extracting(UserAccount::role, UserAccount::disabled)
                .containsExactly("admin", true);
        assertThat(users.setPasswordHash("vic", "$argon2id$new")).isTrue();
        assertThat(users.find("vic").orElseThrow().passwordHash()).isEqualTo("$argon2id$new");
        assertThat(users.update("nobody", "viewer", false)).isFalse();
    }

    @Test
    void theStoreRefusesAnUnknownRole() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore.open(location);
        assertThatThrownBy(() -> sql(location, "INSERT INTO app_user (username, password_hash, role, created_at, disabled) "
                + "VALUES ('x', 'h', 'root', TIMESTAMP WITH TIME ZONE '2026-12-01 08:00:00+00', FALSE)"))
                .isInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyIntoAnEmptyStoreEvenWhenManyTry() throws Exception {
        HistoryStore store = HistoryStore.open(freshStore());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "admin" + i;
                Callable<Boolean> attempt = () -> new UserStore(store).insertIfNone(account(name, "admin"));
                tries.add(pool.submit(attempt));
            }
            int created = 0;
            for (Future<Boolean> f : tries) {
                created += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(new UserStore(store).count()).isEqualTo(1);
        assertThat(new UserStore(store).insertIfNone(account("late", "admin"))).isFalse();
    }

    @Test
    void auditEntriesChainAndVerifyByBothCheckers() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = HistoryStore.open(location);
        AuditLog log = new AuditLog(store);
        assertThat(log.verify()).isEqualTo(new AuditCheck(0, true, null, null));
        AuditEntry first = log.append(T0, "admin", "login.ok", "from 127.0.0.1 as admin");
        AuditEntry second = log.append(T0.plusMillis(1500), "admin", "user.create", "created user ana\nwith role analyst");
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(LedgerHash.GENESIS);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.detail()).as("one entry, one line").isEqualTo("created user ana with role analyst");
        assertThat(log.entries()).containsExactly(
                new AuditEntry(1, Instant.parse("2026-12-01T08:00:00.123Z"), "admin", "login.ok", "from 127.0.0.1 as admin",
                        first.prevHash(), first.hash()), second);
        assertThat(log.verify()).isEqualTo(new AuditCheck(2, true, null, null));
        assertThat(IndependentAuditCheck.check(location)).isEqualTo(2);
    }

    @Test
    void concurrentAppendsChainOneAfterTheOther() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = HistoryStore.open(location);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditEntry>> appends = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                appends.add(pool.submit(() -> new AuditLog(store).append(T0.plusSeconds(n), "u" + n, "login.failed", "try " + n)));
            }
            for (Future<AuditEntry> f : appends) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(new AuditLog(store).verify().intact()).isTrue();
        assertThat(IndependentAuditCheck.check(location)).isEqualTo(24);
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        StoreLocation location = freshStore();
        AuditLog log = auditWith(HistoryStore.open(location), 4);
        sql(location, "UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 3");
        AuditCheck check = log.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenSeq()).isEqualTo(3L);
        assertThat(check.reason()).contains("a stored field was edited");
        assertThatThrownBy(() -> IndependentAuditCheck.check(location)).isInstanceOf(AssertionError.class).hasMessageContaining("entry 3");
    }

    @Test
    void anEditedTimeOrDetailIsNamedToo() throws Exception {
        StoreLocation location = freshStore();
        AuditLog log = auditWith(HistoryStore.open(location), 3);
        sql(location, "UPDATE audit_entry SET at = at + INTERVAL '1' SECOND WHERE seq = 1");
        assertThat(log.verify().brokenSeq()).isEqualTo(1L);
        StoreLocation other = freshStore();
        AuditLog log2 = auditWith(HistoryStore.open(other), 3);
        sql(other, "UPDATE audit_entry SET detail = 'nothing happened' WHERE seq = 2");
        assertThat(log2.verify().brokenSeq()).isEqualTo(2L);
    }

    @Test
    void aDeletedEntryInTheMiddleOrAtTheEndIsDetected() throws Exception {
        StoreLocation middle = freshStore();
        AuditLog log = auditWith(HistoryStore.open(middle), 4);
        sql(middle, "DELETE FROM audit_entry WHERE seq = 2");
        assertThat(log.verify()).extracting(AuditCheck::intact, AuditCheck::brokenSeq).containsExactly(false, 3L);

        StoreLocation end = freshStore();
        AuditLog log2 = auditWith(HistoryStore.open(end), 4);
        sql(end, "DELETE FROM audit_entry WHERE seq = 4");
        AuditCheck check = log2.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.reason()).contains("audit head names entry 4").contains("ends at entry 3");
    }

    @Test
    void reorderedEntriesAreDetected() throws Exception {
        StoreLocation location = freshStore();
        AuditLog log = auditWith(HistoryStore.open(location), 3);
        sql(location, "UPDATE audit_entry SET seq = 100 WHERE seq = 1", "UPDATE audit_entry SET seq = 1 WHERE seq = 2",
                "UPDATE audit_entry SET seq = 2 WHERE seq = 100");
        AuditCheck check = log.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenSeq()).isEqualTo(1L);
    }
}
