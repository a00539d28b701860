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
	/* 5: the outgoing journal (issue 12).  Letters as sent (their PDF and
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
	/* 6: the court's own calendar over the shipped year files
	 * (holidays, days off, working days), audited like a filing's
	 * change; who set a day and when stays beside it for the listing. */
	"CREATE TABLE court_day ("
	"  date TEXT PRIMARY KEY,"
	"  kind TEXT NOT NULL CHECK (kind IN"
	"    ('holiday', 'day-off', 'working')),"
	"  note TEXT,"
	"  user TEXT NOT NULL,"
	"  at TEXT NOT NULL) WITHOUT ROWID;"
	/* ...and the numbers of 'qarau report': the day a filing left
	 * (closed) and the ground of a return; each deadline with the day
	 * its step came (deadline_log, written with the decision); and
	 * report_count, per day, judge and measure, kept by triggers in the
	 * writer's transaction, so that a report sums a few thousand rows
	 * whatever the size of the register.  The measures: "in" (received),
	 * "admitted", "out:letter:R15", "out:ruling", "out:unconsidered",
	 * "out:decided", "out:withdrawn", "days:N" (receipt to return, on
	 * the first day of the month of the return: few rows to sum),
	 * "kept:KIND", "missed:KIND" (on the day the step came).  The
	 * existing filings are decided again on the first writable open
	 * (the setting report.rebuild). */
	"ALTER TABLE filing ADD COLUMN closed TEXT;"
	"ALTER TABLE filing ADD COLUMN ground TEXT;"
	"CREATE TABLE deadline_log ( filing_id INTEGER NOT NULL, kind "
	"TEXT NOT NULL, judge TEXT NOT NULL DEFAULT '', due TEXT NOT "
	"NULL, done TEXT, PRIMARY KEY (filing_id, kind)) WITHOUT "
	"ROWID;"
	"CREATE TABLE report_count ( day TEXT NOT NULL, judge TEXT "
	"NOT NULL, what TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY "
	"KEY (day, judge, what)) WITHOUT ROWID;"
	/* What the insert trigger would have counted of the filings there
	 * are (no closed day yet); the rebuild's updates take it from here. */
	"INSERT INTO report_count (day, judge, what, n)"
	"  SELECT received, judge, 'in', count(*) FROM filing"
	"  WHERE received IS NOT NULL GROUP BY 1, 2;"
	"INSERT INTO report_count (day, judge, what, n)"
	"  SELECT received, judge, 'admitted', count(*) FROM filing"
	"  WHERE received IS NOT NULL AND outcome = 'admit' GROUP BY 1, 2;"
	"CREATE TRIGGER report_insert AFTER INSERT ON filing BEGIN "
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"new.received, new.judge, 'in', 1 WHERE new.received IS NOT "
	"NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n + "
	"excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"new.received, new.judge, 'admitted', 1 WHERE new.received IS "
	"NOT NULL AND new.outcome = 'admit' ON CONFLICT (day, judge, "
	"what) DO UPDATE SET n = n + excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"new.closed, new.judge, 'out:' || CASE new.status WHEN "
	"'returned' THEN CASE new.outcome WHEN 'return-letter' THEN "
	"'letter:' || ifnull(new.ground, '') WHEN 'return-ruling' "
	"THEN 'ruling' WHEN 'leave-unconsidered' THEN 'unconsidered' "
	"ELSE 'returned' END ELSE new.status END, 1 WHERE new.closed "
	"IS NOT NULL AND new.received IS NOT NULL AND new.status != "
	"'pending' ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"substr(new.closed, 1, 7) || '-01', new.judge, 'days:' || "
	"CAST(julianday(new.closed) "
	"- julianday(new.received) AS INTEGER), 1 WHERE new.status = "
	"'returned' AND new.closed IS NOT NULL AND new.received IS "
	"NOT NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"END;"
	"CREATE TRIGGER report_delete AFTER DELETE ON filing BEGIN "
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"old.received, old.judge, 'in', -1 WHERE old.received IS NOT "
	"NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n + "
	"excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"old.received, old.judge, 'admitted', -1 WHERE old.received "
	"IS NOT NULL AND old.outcome = 'admit' ON CONFLICT (day, "
	"judge, what) DO UPDATE SET n = n + excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"old.closed, old.judge, 'out:' || CASE old.status WHEN "
	"'returned' THEN CASE old.outcome WHEN 'return-letter' THEN "
	"'letter:' || ifnull(old.ground, '') WHEN 'return-ruling' "
	"THEN 'ruling' WHEN 'leave-unconsidered' THEN 'unconsidered' "
	"ELSE 'returned' END ELSE old.status END, -1 WHERE old.closed "
	"IS NOT NULL AND old.received IS NOT NULL AND old.status != "
	"'pending' ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"substr(old.closed, 1, 7) || '-01', old.judge, 'days:' || "
	"CAST(julianday(old.closed) "
	"- julianday(old.received) AS INTEGER), -1 WHERE old.status = "
	"'returned' AND old.closed IS NOT NULL AND old.received IS "
	"NOT NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"DELETE FROM deadline_log WHERE filing_id = old.id;"
	"END;"
	"CREATE TRIGGER report_update AFTER UPDATE OF received, "
	"judge, status, outcome, closed, ground ON filing BEGIN "
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"old.received, old.judge, 'in', -1 WHERE old.received IS NOT "
	"NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n + "
	"excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"old.received, old.judge, 'admitted', -1 WHERE old.received "
	"IS NOT NULL AND old.outcome = 'admit' ON CONFLICT (day, "
	"judge, what) DO UPDATE SET n = n + excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"old.closed, old.judge, 'out:' || CASE old.status WHEN "
	"'returned' THEN CASE old.outcome WHEN 'return-letter' THEN "
	"'letter:' || ifnull(old.ground, '') WHEN 'return-ruling' "
	"THEN 'ruling' WHEN 'leave-unconsidered' THEN 'unconsidered' "
	"ELSE 'returned' END ELSE old.status END, -1 WHERE old.closed "
	"IS NOT NULL AND old.received IS NOT NULL AND old.status != "
	"'pending' ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"substr(old.closed, 1, 7) || '-01', old.judge, 'days:' || "
	"CAST(julianday(old.closed) "
	"- julianday(old.received) AS INTEGER), -1 WHERE old.status = "
	"'returned' AND old.closed IS NOT NULL AND old.received IS "
	"NOT NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"new.received, new.judge, 'in', 1 WHERE new.received IS NOT "
	"NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n + "
	"excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"new.received, new.judge, 'admitted', 1 WHERE new.received IS "
	"NOT NULL AND new.outcome = 'admit' ON CONFLICT (day, judge, "
	"what) DO UPDATE SET n = n + excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"new.closed, new.judge, 'out:' || CASE new.status WHEN "
	"'returned' THEN CASE new.outcome WHEN 'return-letter' THEN "
	"'letter:' || ifnull(new.ground, '') WHEN 'return-ruling' "
	"THEN 'ruling' WHEN 'leave-unconsidered' THEN 'unconsidered' "
	"ELSE 'returned' END ELSE new.status END, 1 WHERE new.closed "
	"IS NOT NULL AND new.received IS NOT NULL AND new.status != "
	"'pending' ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"substr(new.closed, 1, 7) || '-01', new.judge, 'days:' || "
	"CAST(julianday(new.closed) "
	"- julianday(new.received) AS INTEGER), 1 WHERE new.status = "
	"'returned' AND new.closed IS NOT NULL AND new.received IS "
	"NOT NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"UPDATE deadline_log SET judge = new.judge WHERE filing_id = "
	"new.id AND new.judge IS NOT old.judge;"
	"END;"
	"CREATE TRIGGER report_deadline_insert AFTER INSERT ON "
	"deadline_log BEGIN "
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"new.done, new.judge, CASE WHEN new.done <= new.due THEN "
	"'kept:' ELSE 'missed:' END || new.kind, 1 WHERE new.done IS "
	"NOT NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"END;"
	"CREATE TRIGGER report_deadline_delete AFTER DELETE ON "
	"deadline_log BEGIN "
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"old.done, old.judge, CASE WHEN old.done <= old.due THEN "
	"'kept:' ELSE 'missed:' END || old.kind, -1 WHERE old.done IS "
	"NOT NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"END;"
	"CREATE TRIGGER report_deadline_update AFTER UPDATE ON "
	"deadline_log BEGIN "
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"old.done, old.judge, CASE WHEN old.done <= old.due THEN "
	"'kept:' ELSE 'missed:' END || old.kind, -1 WHERE old.done IS "
	"NOT NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"INSERT INTO report_count (day, judge, what, n) SELECT "
	"new.done, new.judge, CASE WHEN new.done <= new.due THEN "
	"'kept:' ELSE 'missed:' END || new.kind, 1 WHERE new.done IS "
	"NOT NULL ON CONFLICT (day, judge, what) DO UPDATE SET n = n "
	"+ excluded.n;"
	"END;"
	"INSERT OR REPLACE INTO setting (key, value) VALUES "
	"('report.rebuild', 'yes');",
	/* 7: the filing's identity beside the list's other columns (issue
	 * 11): the act's facts as stored (values, not words), which the list
	 * renders in the language of whoever looks, and the lower court's
	 * case number and the e-filing number, which its search reads.
	 * Copies kept by reg_recompute, as filer and act are, so that a
	 * page of the list reads no fact table; filled here from the facts
	 * of the filings already registered. */
	"ALTER TABLE filing ADD COLUMN act_type TEXT;"
	"ALTER TABLE filing ADD COLUMN act_court TEXT;"
	"ALTER TABLE filing ADD COLUMN act_number TEXT;"
	"ALTER TABLE filing ADD COLUMN act_date TEXT;"
	"ALTER TABLE filing ADD COLUMN efiling TEXT;"
	"UPDATE filing SET"
	"  act_type = (SELECT value FROM fact WHERE filing_id = filing.id"
	"    AND key = 'act.type'),"
	"  act_court = (SELECT value FROM fact WHERE filing_id = filing.id"
	"    AND key = 'act.court'),"
	"  act_number = (SELECT value FROM fact WHERE filing_id = filing.id"
	"    AND key = 'act.number'),"
	"  act_date = (SELECT value FROM fact WHERE filing_id = filing.id"
	"    AND key = 'act.date'),"
	"  efiling = (SELECT value FROM fact WHERE filing_id = filing.id"
	"    AND key = 'filing.efiling-number');",

	/* 8: a filing's own documents (issue 11), or a draft's until it is
	 * registered.  The large columns come last: SQLite reads a row's
	 * overflow pages only as far as the last column asked for, so the
	 * listing of documents never reads their text or bytes, and no
	 * query of the register list touches this table at all. */
	"CREATE TABLE document ("
	"  id INTEGER PRIMARY KEY,"
	"  filing_id INTEGER REFERENCES filing(id),"
	"  draft_id INTEGER,"
	"  n INTEGER NOT NULL,"
	"  name TEXT NOT NULL,"
	"  format TEXT NOT NULL,"
	"  size INTEGER NOT NULL,"
	"  sha256 TEXT NOT NULL,"
	"  pages INTEGER NOT NULL,"
	"  ocr INTEGER NOT NULL,"
	"  encoding TEXT NOT NULL DEFAULT '',"
	"  added TEXT NOT NULL,"
	"  added_by TEXT NOT NULL,"
	"  proposals TEXT NOT NULL DEFAULT '',"
	"  text TEXT NOT NULL,"
	"  bytes BLOB NOT NULL,"
	"  CHECK ((filing_id IS NULL) != (draft_id IS NULL)));"
	"CREATE UNIQUE INDEX document_filing ON document(filing_id, n)"
	"  WHERE filing_id IS NOT NULL;"
	"CREATE UNIQUE INDEX document_draft ON document(draft_id, n)"
	"  WHERE draft_id IS NOT NULL;",
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
