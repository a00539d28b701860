/*
 * The register's schema as a list of migration steps.  Step i takes a
 * register from user_version i-1 to i; a new version appends a step and
 * never edits an old one, because registers in the courts were made by it.
 * All steps from the register's version to the newest run in the one
 * transaction that reg_open holds, so a failure leaves the old schema.
 *
 * Dates are TEXT "YYYY-MM-DD": the sqlite3 shell shows them as they are and
 * they sort as dates.  The deadline sort key is ifnull(next_deadline,
 * '9999-12-31') so that filings without a deadline come last; every query
 * that orders or filters by deadline writes that same expression, so that
 * the expression indexes below serve it.
 */
#include "config.h"

#include <stdio.h>

#include "data/reg-internal.h"

static const char *const steps[] = {
	/* 1: filings, facts, events, the audit trail, settings, numbering */
	/* AUTOINCREMENT: an id is never given again either, so the audit
	 * rows of a deleted filing never describe another one. */
	"CREATE TABLE filing ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT,"
	"  number TEXT NOT NULL UNIQUE,"
	"  year INTEGER NOT NULL,"
	"  seq INTEGER NOT NULL,"
	"  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN"
	"    ('pending', 'returned', 'decided', 'withdrawn')),"
	"  received TEXT,"
	"  filer TEXT NOT NULL DEFAULT '',"
	"  act TEXT NOT NULL DEFAULT '',"
	"  judge TEXT NOT NULL DEFAULT '',"
	"  outcome TEXT NOT NULL,"
	"  next_deadline TEXT,"
	"  deadline_kind TEXT,"
	"  created TEXT NOT NULL,"
	"  UNIQUE (year, seq));"
	"CREATE TABLE fact ("
	"  filing_id INTEGER NOT NULL REFERENCES filing(id),"
	"  key TEXT NOT NULL,"
	"  value TEXT NOT NULL,"
	"  PRIMARY KEY (filing_id, key)) WITHOUT ROWID;"
	"CREATE TABLE event ("
	"  id INTEGER PRIMARY KEY,"
	"  filing_id INTEGER NOT NULL REFERENCES filing(id),"
	"  kind TEXT NOT NULL,"
	"  date TEXT NOT NULL,"
	"  note TEXT,"
	"  user TEXT NOT NULL,"
	"  at TEXT NOT NULL);"
	"CREATE INDEX event_filing ON event(filing_id, id);"
	/* No foreign key: the trail outlives what it describes. */
	"CREATE TABLE audit ("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  user TEXT NOT NULL,"
	"  filing_id INTEGER,"
	"  what TEXT NOT NULL,"
	"  old_value TEXT,"
	"  new_value TEXT);"
	"CREATE INDEX audit_filing ON audit(filing_id, id);"
	"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN"
	"  SELECT RAISE(ABORT, 'the audit trail is append-only');"
	"END;"
	"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN"
	"  SELECT RAISE(ABORT, 'the audit trail is append-only');"
	"END;"
	"CREATE TABLE setting ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL) WITHOUT ROWID;"
	/* The last number given per year: never decreases, so a number is
	 * never given twice even after its filing is gone. */
	"CREATE TABLE sequence ("
	"  year INTEGER PRIMARY KEY,"
	"  last INTEGER NOT NULL);"
	"CREATE INDEX filing_pending ON filing(status,"
	"  ifnull(next_deadline, '9999-12-31'), id);",

	/* 2: drafts of unfinished screenings; indexes for every sort order
	 * of the list, each with id as the stable secondary key */
	"CREATE TABLE draft ("
	"  id INTEGER PRIMARY KEY,"
	"  facts TEXT NOT NULL,"
	"  user TEXT NOT NULL,"
	"  updated TEXT NOT NULL);"
	"CREATE INDEX filing_due ON filing(ifnull(next_deadline, '9999-12-31'),"
	"  id);"
	"CREATE INDEX filing_status_number ON filing(status, year, seq, id);"
	"CREATE INDEX filing_status_received ON filing(status,"
	"  ifnull(received, '9999-12-31'), id);"
	"CREATE INDEX filing_status_filer ON filing(status, filer, id);"
	"CREATE INDEX filing_status_judge ON filing(status, judge, id);"
	"CREATE INDEX filing_outcome ON filing(outcome, status);",

	/* 3: the header's counts (pending, overdue, due today, this week)
	 * from pending filings counted per deadline, kept by triggers in the
	 * writer's own transaction: a few hundred dates to sum instead of
	 * every pending filing (COUNT over an index range still steps through
	 * each entry, ~10 ms for 150,000).  The key is the deadline sort key,
	 * so a filing without a deadline counts under '9999-12-31'.  And the
	 * orders of 'list --all' (every status) that had no index. */
	"CREATE TABLE pending_due ("
	"  due TEXT PRIMARY KEY,"
	"  n INTEGER NOT NULL) WITHOUT ROWID;"
	"INSERT INTO pending_due (due, n)"
	"  SELECT ifnull(next_deadline, '9999-12-31'), count(*) FROM filing"
	"  WHERE status = 'pending' GROUP BY 1;"
	"CREATE TRIGGER pending_due_insert AFTER INSERT ON filing"
	"  WHEN new.status = 'pending' BEGIN"
	"  INSERT OR IGNORE INTO pending_due (due, n)"
	"    VALUES (ifnull(new.next_deadline, '9999-12-31'), 0);"
	"  UPDATE pending_due SET n = n + 1"
	"    WHERE due = ifnull(new.next_deadline, '9999-12-31');"
	"END;"
	"CREATE TRIGGER pending_due_delete AFTER DELETE ON filing"
	"  WHEN old.status = 'pending' BEGIN"
	"  UPDATE pending_due SET n = n - 1"
	"    WHERE due = ifnull(old.next_deadline, '9999-12-31');"
	"  DELETE FROM pending_due"
	"    WHERE due = ifnull(old.next_deadline, '9999-12-31') AND n <= 0;"
	"END;"
	/* An update is the old row leaving and the new one arriving; both
	 * fire when both are pending, and cancel out when the deadline
	 * stays. */
	"CREATE TRIGGER pending_due_update_old"
	"  AFTER UPDATE OF status, next_deadline ON filing"
	"  WHEN old.status = 'pending' BEGIN"
	"  UPDATE pending_due SET n = n - 1"
	"    WHERE due = ifnull(old.next_deadline, '9999-12-31');"
	"  DELETE FROM pending_due"
	"    WHERE due = ifnull(old.next_deadline, '9999-12-31') AND n <= 0;"
	"END;"
	"CREATE TRIGGER pending_due_update_new"
	"  AFTER UPDATE OF status, next_deadline ON filing"
	"  WHEN new.status = 'pending' BEGIN"
	"  INSERT OR IGNORE INTO pending_due (due, n)"
	"    VALUES (ifnull(new.next_deadline, '9999-12-31'), 0);"
	"  UPDATE pending_due SET n = n + 1"
	"    WHERE due = ifnull(new.next_deadline, '9999-12-31');"
	"END;"
	"CREATE INDEX filing_received ON filing(ifnull(received, '9999-12-31'),"
	"  id);"
	"CREATE INDEX filing_filer ON filing(filer, id);"
	"CREATE INDEX filing_judge ON filing(judge, id);",

	/* 4: the audit trail names the user as well as his login (his
	 * user.name, from his own configuration file), since several
	 * assistants share one register; NULL in older rows and when he
	 * set no name. */
	"ALTER TABLE audit ADD COLUMN user_name TEXT;",
	/* Issue 12: the outgoing journal.  Letters as sent (their PDF and
	 * text), numbered by their own counter per year, never reused;
	 * a cancelled letter stays with its reason. */
	"CREATE TABLE out_sequence ("
	"  year INTEGER PRIMARY KEY,"
	"  last INTEGER NOT NULL);"
	"CREATE TABLE letter ("
	"  id INTEGER PRIMARY KEY,"
	"  filing_id INTEGER NOT NULL,"
	"  year INTEGER NOT NULL,"
	"  seq INTEGER NOT NULL,"
	"  number TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  lang TEXT NOT NULL,"
	"  date TEXT NOT NULL,"
	"  addressee TEXT NOT NULL,"
	"  sender TEXT NOT NULL,"
	"  pdf BLOB,"
	"  text TEXT NOT NULL,"
	"  at TEXT NOT NULL,"
	"  cancelled TEXT,"
	"  UNIQUE (year, seq));"
	"CREATE INDEX letter_filing ON letter(filing_id, id);"
	"CREATE INDEX letter_number ON letter(number);"
	/* Fields typed over in a letter not sent yet, kept with the filing
	 * until it is sent or they are discarded. */
	"CREATE TABLE letter_draft ("
	"  filing_id INTEGER NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  field TEXT NOT NULL,"
	"  value TEXT NOT NULL,"
	"  PRIMARY KEY (filing_id, kind, field));",
};

int
reg_schema_version(void)
{
	return (int)(sizeof steps / sizeof steps[0]);
}

int
reg_schema_migrate(sqlite3 *db, int from, int to, char *err, size_t errsz)
{
	char *msg = NULL, sql[64];
	int v;

	for (v = from + 1; v <= to; v++) {
		if (sqlite3_exec(db, steps[v - 1], NULL, NULL, &msg) !=
		    SQLITE_OK) {
			snprintf(err, errsz, "schema step %d: %s", v,
			    msg != NULL ? msg : sqlite3_errmsg(db));
			sqlite3_free(msg);
			return -1;
		}
	}
	/* PRAGMA takes no bound parameters; v is our own integer. */
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", to);
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		snprintf(err, errsz, "%s", msg != NULL ? msg :
		    sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}
