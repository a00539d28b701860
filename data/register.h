/*
 * The case register: one SQLite file holding filings, their facts, the
 * decision core computed from them, workflow events, an append-only audit
 * trail, drafts of unfinished screenings and the court's settings
 * (design.md section 5).  Every function that writes runs one
 * BEGIN IMMEDIATE transaction and recomputes the decision inside it, so the
 * stored outcome never disagrees with the rules and a failure leaves the
 * register as it was.
 *
 * Errors: functions return 0 on success and -1 on failure with a message
 * for people (translated) in err.  REG_EINPUT as the return value marks a
 * refusal caused by the caller's input (exit status 2 on the command line).
 */
#ifndef QARAU_REGISTER_H
#define QARAU_REGISTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/calendar.h"
#include "core/decision.h"
#include "core/facts.h"
#include "core/report.h"
#include "core/strbuf.h"
#include "data/workflow.h"

#define REG_EINPUT	(-2)
#define REG_ERRSZ	512

struct reg;

/* -d FILE, else $QARAU_DB, else "register" of the user's configuration
 * file, else that of the system's (data/conffile.h), else
 * $XDG_DATA_HOME/qarau/register.db, else ~/.local/share/qarau/register.db.
 * opt may be NULL.  *named (may be NULL) is set when the path came from
 * anything but the last two, the user's own default. */
int	 reg_resolve_path(const char *opt, struct strbuf *path, char *err,
	    size_t errsz);
int	 reg_resolve_path_named(const char *opt, struct strbuf *path,
	    bool *named, char *err, size_t errsz);

/*
 * Opens (creating it with mode 0600, and its folder) and migrates the
 * register.  today is "today" for deadline states; the calendar is borrowed
 * (may be NULL: weekends only).
 */
int	 reg_open(const char *path, qdate today, const struct calendar *,
	    struct reg **, char *err, size_t errsz);
/* reg_open with flags: REG_OPEN_READONLY opens without writing (no
 * creation, no migration, no journal change); every write then fails
 * with the read-only message. */
#define REG_OPEN_READONLY	0x01
/* A register on a full disk, read as it is: SQLite cannot make its -shm
 * file there, so it is opened read-only and immutable, which is safe
 * only while no -wal holds changes (checked) and nobody can write (no
 * space).  Implies REG_OPEN_READONLY. */
#define REG_OPEN_FULL_DISK	0x02
/* Has the disk holding path no byte free? */
bool	 reg_disk_full(const char *path);
/* REG_OPEN_NOCREATE: a missing file is an error that says so, rather than
 * a new empty register (a mistyped -d path). */
#define REG_OPEN_NOCREATE	0x04
int	 reg_open_flags(const char *path, unsigned flags, qdate today,
	    const struct calendar *, struct reg **, char *err, size_t errsz);
void	 reg_close(struct reg *);

/*
 * Creates the register at path, or brings an existing one up to date.
 * group NULL: private (0600).  Else shared by the group: its folder
 * 02770 (set-group-ID, so that SQLite's -wal and -shm get the group too),
 * the file, -wal and -shm 0660, all of the group, and the group recorded
 * in the register, so that every open checks them (reg_open names a wrong
 * mode or group with its fix).  *created: the file was new.
 */
int	 reg_init(const char *path, const char *group, qdate today,
	    bool *created, char *err, size_t errsz);
/* The file cannot be changed by this user: opened read-only, and why. */
const char *reg_readonly_why(const struct reg *);
qdate	 reg_today(const struct reg *);
/* The calendar deadlines are counted on (may be NULL: weekends only). */
const struct calendar *reg_calendar(const struct reg *);
const char *reg_path(const struct reg *);

/* Numbering when the settings say nothing. */
#define REG_DEFAULT_NUMBERING	"{prefix}-{n}/{yyyy}"
#define REG_DEFAULT_PREFIX	"ККС"

/* One line of the register list. */
struct reg_row {
	int64_t		 id;
	char		 number[40];		/* register number, settings' style */
	char		 status[24];		/* "pending", "returned", ... */
	qdate		 received;
	char		 filer[160];		/* name, or role when unnamed */
	char		 act[200];		/* act.type, instance, court, date
					   as stored (machine-readable) */
	/* The act's facts, read with the row so that a list renders the
	 * act in the language of whoever looks (act_title). */
	char		 act_type[24];
	char		 act_court[256];
	char		 act_number[64];
	qdate		 act_date;
	char		 outcome[24];		/* outcome_name() */
	qdate		 next_deadline;		/* QDATE_NONE if none */
	char		 deadline_kind[24];	/* "return-by", ... */
	char		 judge[120];
	int		 year;			/* of the number */
	int64_t		 seq;			/* number within the year */
};

struct reg_filter {
	bool		 all;		/* every status; default: pending only */
	const char	*status;	/* NULL = any (within all/pending) */
	const char	*outcome;
	const char	*judge;
	bool		 overdue;
	int		 due_within;	/* days, or -1 */
	const char	*deadline_state; /* "overdue", "due-today", ... or NULL */
	/* Substring of the number, filer, act, judge, the lower court's
	 * case number or the e-filing number; case and Kazakh / Russian
	 * letters folded (text_fold). */
	const char	*search;
	const char	*sort;		/* "deadline" (default), "number",
					   "received", "filer", "judge" */
	bool		 descending;
	size_t		 limit;		/* 0 = no limit */
	/* Keyset paging: rows strictly after this one in the sort order,
	 * so scrolling a million filings never reads them all. */
	const struct reg_row *after;
	const struct reg_row *before;	/* rows strictly before, reversed */
};

typedef int (*reg_row_fn)(const struct reg_row *, void *ctx);

/* Calls fn for each row in order; fn returning non-zero stops early. */
int	 reg_list(struct reg *, const struct reg_filter *, reg_row_fn,
	    void *ctx, char *err, size_t errsz);

struct reg_counts {
	long	 pending;
	long	 overdue;
	long	 due_today;
	long	 due_week;	/* within 7 days, today included */
};
int	 reg_counts(struct reg *, struct reg_counts *, char *err, size_t errsz);

/* Screens the facts and registers the filing; its id and number out. */
int	 reg_add(struct reg *, const struct facts *, int64_t *id,
	    char number[40], char *err, size_t errsz);

/* Finds a filing by id ("17") or register number ("3-ККС/2025-17"). */
int	 reg_find(struct reg *, const char *id_or_number, int64_t *id,
	    char *err, size_t errsz);

struct reg_event {
	int64_t	 id;
	char	 kind[24];	/* "received", "handed", "returned", ... */
	qdate	 date;
	char	*note;		/* may be NULL */
	char	 user[64];
	char	 at[32];	/* when it was recorded, UTC ISO 8601 */
};

struct reg_audit {
	int64_t	 id;
	char	 at[32];
	char	 user[64];	/* login name */
	char	 user_name[128]; /* his user.name then, "" if none */
	char	 what[64];	/* "fact filer.role", "status", "event", ... */
	char	*old_value;	/* may be NULL */
	char	*new_value;	/* may be NULL */
};

struct reg_filing {
	int64_t		 id;
	char		 number[40];
	char		 status[24];
	char		 judge[120];
	struct facts	 facts;
	struct decision	 decision;	/* recomputed at load */
	size_t		 n_events;
	struct reg_event *events;
	size_t		 n_audit;
	struct reg_audit *audit;
};

int	 reg_load(struct reg *, int64_t id, struct reg_filing *, char *err,
	    size_t errsz);
void	 reg_filing_free(struct reg_filing *);

/* Changes facts ("key=value" strings; "key=" clears), re-screens.
 * "judge=NAME" assigns the judge.  Facts that events set (filing.handed,
 * case.received, ...) are refused: record the event instead. */
int	 reg_set(struct reg *, int64_t id, const char *const *assignments,
	    size_t n, char *err, size_t errsz);
/* Sets or clears the judge the filing is assigned to. */
int	 reg_set_judge(struct reg *, int64_t id, const char *judge, char *err,
	    size_t errsz);

/* Workflow events (design.md section 5); date QDATE_NONE = today. */
const char *const *reg_event_kinds(void);	/* NULL-terminated names */
int	 reg_event(struct reg *, int64_t id, const char *kind, qdate date,
	    const char *note, char *err, size_t errsz);

/* Undoes the last event of filing id (not the receipt), audited; its
 * kind out. */
int	 reg_event_undo(struct reg *, int64_t id, char kind[24], char *err,
	    size_t errsz);

/*
 * The outgoing journal (issue 12).  reg_letter_send numbers a letter by
 * the court's setting "out.numbering" ({n}, {yyyy}, {yy}, {prefix} of
 * "out.prefix"; default "{n}/{yyyy}") with its own counter per year, has
 * render make it with that number (its PDF bytes and text), stores it,
 * records the event of its kind (return: returned, case-request:
 * case-requested, notice: notified) on its date, and audits it: all in
 * one transaction, so a killed process leaves no entry or a whole one.
 */
struct reg_letter {
	int64_t		 id;
	int64_t		 filing_id;
	char		 filing_number[40];
	char		 number[40];
	char		 kind[16];
	char		 lang[8];
	qdate		 date;
	char		 addressee[160];
	char		 sender[64];
	char		 at[32];
	char		 cancelled[200];	/* the reason, "" if not */
};

typedef int (*reg_letter_render_fn)(void *ctx, const char *number,
	    qdate date, struct strbuf *pdf, struct strbuf *text,
	    struct strbuf *addressee, char *err, size_t errsz);
int	 reg_letter_send(struct reg *, int64_t filing_id, const char *kind,
	    const char *lang, reg_letter_render_fn, void *ctx,
	    struct reg_letter *out, char *err, size_t errsz);
typedef int (*reg_letter_fn)(const struct reg_letter *, void *ctx);
/* The journal, oldest first; filing_id 0 = every filing. */
int	 reg_letters(struct reg *, int64_t filing_id, reg_letter_fn, void *ctx,
	    char *err, size_t errsz);
/* The stored PDF of the newest letter numbered number. */
int	 reg_letter_pdf(struct reg *, const char *number, struct strbuf *pdf,
	    char *err, size_t errsz);
/* A sent letter is never unsent: it is cancelled with a reason. */
int	 reg_letter_cancel(struct reg *, const char *number,
	    const char *reason, char *err, size_t errsz);

/* A letter's fields typed over before it is sent, kept with the filing
 * (value NULL forgets one; clear forgets all of a kind; sending forgets
 * them too). */
int	 reg_letter_draft_set(struct reg *, int64_t filing_id, const char *kind,
	    const char *field, const char *value, char *err, size_t errsz);
int	 reg_letter_draft_clear(struct reg *, int64_t filing_id,
	    const char *kind, char *err, size_t errsz);
typedef int (*reg_draft_field_fn)(const char *field, const char *value,
	    void *ctx);
int	 reg_letter_draft_get(struct reg *, int64_t filing_id,
	    const char *kind, reg_draft_field_fn, void *ctx, char *err,
	    size_t errsz);

/* Drafts of unfinished screenings, saved after every answer. */
int	 reg_draft_save(struct reg *, int64_t *draft_id, const struct facts *,
	    char *err, size_t errsz);	/* *draft_id 0 = new */
int	 reg_draft_latest(struct reg *, int64_t *draft_id, struct facts *,
	    char *err, size_t errsz);	/* *draft_id 0 when none */
int	 reg_draft_delete(struct reg *, int64_t draft_id, char *err,
	    size_t errsz);	/* and its documents */

/*
 * A filing's own documents (issue 11, reg-document.c): the original bytes
 * as received, their SHA-256, the text read from them and the proposals
 * (the porcelain of `qarau read --porcelain`, core/propose.h), kept in the
 * register so that a backup carries them.  A document belongs to a filing
 * or to a draft (a screening not saved yet); it is numbered n = 1, 2, ...
 * within it, in the order added.  The register list never reads them.
 */
#define REG_DOCUMENT_MAX	(50L * 1024 * 1024)	/* bytes */

struct reg_document_in {
	const char	*name;		/* as given (the file's name) */
	const char	*format;	/* "pdf", "text", ... (extract.h) */
	const void	*bytes;		/* the original, stored as is */
	size_t		 len;
	const char	*text;		/* UTF-8, pages split by '\f' */
	size_t		 text_len;
	int		 pages;
	bool		 ocr;		/* a page was read by OCR */
	const char	*encoding;	/* a plain text's, else "" or NULL */
	const char	*proposals;	/* porcelain, "" or NULL if none */
};

/* What the clerk did with a proposal: chosen equal to proposed is an
 * acceptance, anything else (NULL: left unanswered) an override.  Both are
 * audited ("proposal accepted KEY" / "proposal overridden KEY", old value
 * the proposed, new value the chosen), so that the court can see how often
 * the reader is wrong. */
struct reg_proposal_choice {
	const char	*key;
	const char	*proposed;
	const char	*chosen;
};

/* Registration with what came with the screening, all in one
 * transaction. */
struct reg_add_with {
	int64_t				 draft_id;	/* 0, or the draft
			   whose documents move to the filing; it is deleted */
	const struct reg_document_in	*docs;		/* added after them */
	size_t				 ndocs;
	const struct reg_proposal_choice *choices;
	size_t				 nchoices;
};

/* One document as listed: no bytes, no text. */
struct reg_document {
	int64_t		 filing_id;	/* 0 for a draft's */
	int64_t		 draft_id;	/* 0 for a filing's */
	int		 n;
	char		 name[256];
	char		 format[16];
	int64_t		 size;
	char		 sha256[65];	/* lower-case hex */
	int		 pages;
	bool		 ocr;
	char		 encoding[32];
	char		 added[32];	/* UTC ISO 8601 */
	char		 added_by[64];
};
typedef int (*reg_document_fn)(const struct reg_document *, void *ctx);

/* reg_add, and in the same transaction: the draft's documents moved, the
 * new documents stored, the proposals audited.  with may be NULL. */
int	 reg_add_ex(struct reg *, const struct facts *,
	    const struct reg_add_with *with, int64_t *id, char number[40],
	    char *err, size_t errsz);
/* Adds a document to a filing; its number out (n may be NULL). */
int	 reg_document_add(struct reg *, int64_t filing_id,
	    const struct reg_document_in *, int *n, char *err, size_t errsz);
/* Adds a document to the user's draft; *draft_id 0 makes a new, empty
 * draft (a document opened before the first question) and sets it. */
int	 reg_draft_document_add(struct reg *, int64_t *draft_id,
	    const struct reg_document_in *, int *n, char *err, size_t errsz);
/* The documents of a filing, or of a draft, in order of n. */
int	 reg_documents(struct reg *, int64_t filing_id, reg_document_fn,
	    void *ctx, char *err, size_t errsz);
int	 reg_draft_documents(struct reg *, int64_t draft_id, reg_document_fn,
	    void *ctx, char *err, size_t errsz);
/* The text and the proposals' porcelain of document n (either out may be
 * NULL); REG_EINPUT when there is no such document. */
int	 reg_document_text(struct reg *, int64_t filing_id, int n,
	    struct strbuf *text, struct strbuf *proposals, char *err,
	    size_t errsz);
int	 reg_draft_document_text(struct reg *, int64_t draft_id, int n,
	    struct strbuf *text, struct strbuf *proposals, char *err,
	    size_t errsz);
/* The original bytes of document n (0: the first), checked against the
 * stored SHA-256: a mismatch is an error that says the copy is damaged.
 * meta (may be NULL) gets its listing. */
int	 reg_document_bytes(struct reg *, int64_t filing_id, int n,
	    struct strbuf *bytes, struct reg_document *meta, char *err,
	    size_t errsz);
/* Audits what the clerk did with proposals of a registered filing. */
int	 reg_proposals_audit(struct reg *, int64_t filing_id,
	    const struct reg_proposal_choice *, size_t n, char *err,
	    size_t errsz);

/*
 * Settings (design.md section 5): "court.name.kk", "court.name.ru",
 * "court.address.kk", "court.address.ru", "judges" (one per line),
 * "assistant", "numbering" (e.g. "{prefix}-{n}/{yyyy}"), "numbering.prefix",
 * "ui.language", "letter.language", "cite.route-not-observed",
 * "cite.protest-excluded-act", "law.cpc484-2-1.confirmed-by",
 * "law.cpc484-2-1.confirmed-on", "law.cpc484-2-1.source".  get returns ""
 * for an unset key.
 */
int	 reg_setting_get(struct reg *, const char *key, struct strbuf *out,
	    char *err, size_t errsz);
int	 reg_setting_set(struct reg *, const char *key, const char *value,
	    char *err, size_t errsz);
const char *const *reg_setting_keys(void);
/* Whether the court has recorded its confirmation of the wording of CPC
 * 484.2.1 from 1 July 2027: who, when and the source, all three. */
bool	 reg_cpc484_confirmed(struct reg *);
/* "user.name", "user.telephone", "user.email": each user's own, kept in
 * his configuration file (data/conffile.h), not in the register; get and
 * set read and write that file. */
bool	 reg_setting_is_user(const char *key);

/*
 * Export of every filing, CSV (what reg_import_csv reads) or JSON, in one
 * read transaction.  The _to functions stream: they hand the text to fn in
 * pieces of some tens of kilobytes, in order, so memory stays small at any
 * size.  fn returns non-zero to stop (a failed write): the export then
 * returns -1 with err empty, since fn knows why.  The strbuf functions
 * gather the whole text (small registers, tests).
 */
typedef int (*reg_write_fn)(const char *buf, size_t len, void *ctx);
int	 reg_export_csv_to(struct reg *, reg_write_fn, void *ctx, char *err,
	    size_t errsz);
int	 reg_export_json_to(struct reg *, reg_write_fn, void *ctx, char *err,
	    size_t errsz);
int	 reg_export_csv(struct reg *, struct strbuf *, char *err, size_t);
int	 reg_export_json(struct reg *, struct strbuf *, char *err, size_t);
/* All or nothing: a malformed line names file:line and changes nothing. */
int	 reg_import_csv(struct reg *, const char *file, const char *text,
	    size_t len, size_t *imported, char *err, size_t errsz);
/* A checked, self-contained copy into dest, a new or empty file, from one
 * snapshot while others write; fn (may be NULL) hears pages done of all. */
typedef void (*reg_progress_fn)(long long done, long long total, void *ctx);
int	 reg_backup_to(struct reg *, const char *dest, reg_progress_fn,
	    void *ctx, char *err, size_t errsz);
int	 reg_backup(struct reg *, const char *dest, char *err, size_t errsz);

/*
 * The court's calendar (reg-calendar.c): days the court sets over the
 * shipped year files, shared by every user of the register and audited.
 */
struct reg_court_day {
	qdate		 date;
	char		 kind[16];	/* "holiday", "day-off", "working" */
	char		 note[200];
	char		 user[64];
	char		 at[32];	/* when it was set, UTC ISO 8601 */
};
typedef int (*reg_court_day_fn)(const struct reg_court_day *, void *ctx);
/* The court's days of a year, in date order. */
int	 reg_court_days(struct reg *, int year, reg_court_day_fn, void *ctx,
	    char *err, size_t errsz);

/* A deadline of a pending filing that a changed day moved. */
struct reg_moved {
	int64_t		 id;
	char		 number[40];
	const char	*deadline;	/* "case-due", ... */
	qdate		 old_date;
	qdate		 new_date;
};
typedef int (*reg_moved_fn)(const struct reg_moved *, void *ctx);
/*
 * Sets the court's day (kind "holiday", "day-off" or "working"; NULL
 * removes the court's day) and, in the same transaction, recomputes every
 * pending filing whose deadlines the change moves, handing each moved
 * deadline to fn (may be NULL).  The register's calendar changes with it.
 */
int	 reg_calendar_set(struct reg *, qdate, const char *kind,
	    const char *note, reg_moved_fn fn, void *ctx, char *err,
	    size_t errsz);

/*
 * The report of a period (reg-report.c, core/report.h): the counts of
 * every filing, or of one judge's (judge NULL: all), summed in a few
 * thousand rows.  Free it with report_free.
 */
int	 reg_report(struct reg *, qdate from, qdate to, const char *judge,
	    struct report *, char *err, size_t errsz);

/* Deletes a filing (its facts and events; the audit trail keeps the
 * record); its number is never given again. */
int	 reg_delete(struct reg *, int64_t id, char *err, size_t errsz);

#endif
