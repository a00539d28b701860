/*
 * Letters from the register: the filing, its decision and the court's
 * settings go into struct letter_values, the template of the letter's
 * language (data/letters/) is filled by core, and the result is written as
 * text, RTF or PDF, or handed to lp(1).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/letter-facts.h"
#include "core/letter.h"
#include "core/text.h"
#include "data/datafile.h"
#include "data/register.h"
#include "tui/letter/letter-build.h"
#include "tui/letter/letter-int.h"
#include "tui/outfile.h"
#include "tui/letter/spawn.h"

/* Values the user typed over the gathered ones (letter_build_set). */
static char *letter_overrides[LETTER_NFIELDS];
/* The kind of letter (letter_build_kind): "return" unless set. */
static char letter_kind[16] = "return";

int
letter_build_kind(const char *kind)
{
	const char *const *k;

	for (k = letter_facts_kinds(); *k != NULL; k++)
		if (kind != NULL && strcmp(*k, kind) == 0) {
			snprintf(letter_kind, sizeof letter_kind, "%s", kind);
			return 0;
		}
	return -1;
}

const char *
letter_build_kind_get(void)
{
	return letter_kind;
}

/* Whom the notices go to: -1 every addressee (the filer, then each party),
 * 0 the filer, N party N (letter_build_party).  The letter being made is
 * addressed to letter_party_now. */
static int letter_party_pick = -1;
static int letter_party_now;

void
letter_build_party(int n)
{
	letter_party_pick = n;
	letter_party_now = n > 0 ? n : 0;
}

int
letter_build_party_get(void)
{
	return letter_party_pick;
}

/* The party a letter of this kind goes to: only notices go to parties. */
static int
letter_party_of_kind(void)
{
	return strcmp(letter_kind, "notice") == 0 ? letter_party_now : 0;
}

bool
letter_build_addressee_typed(void)
{
	return letter_overrides[LETTER_FILER_NAME] != NULL ||
	    letter_overrides[LETTER_FILER_TO] != NULL ||
	    letter_overrides[LETTER_FILER_ADDRESS] != NULL ||
	    letter_overrides[LETTER_FILER_INSTITUTION] != NULL;
}

const char *
letter_build_draft_key(void)
{
	static char key[32];

	if (letter_party_of_kind() == 0)
		return letter_kind;
	snprintf(key, sizeof key, "%s.%d", letter_kind, letter_party_of_kind());
	return key;
}

static int
letter_addressee_add(const struct reg_party *p, void *arg)
{
	struct letter_addressees *a = arg;

	if (a->n < LETTER_ADDRESSEES_MAX)
		a->party[a->n++] = p->n;
	return 0;
}

int
letter_build_addressees(struct cli *cli, int64_t id,
    struct letter_addressees *a, char *err, size_t errsz)
{
	struct reg_party p;
	struct reg *r;
	bool notice = strcmp(letter_kind, "notice") == 0;

	a->n = 0;
	if ((r = cli_register(cli)) == NULL) {
		snprintf(err, errsz, "%s", _("the register cannot be opened"));
		return -1;
	}
	if (!notice || letter_party_pick == 0) {
		a->party[a->n++] = 0;
		return 0;
	}
	/* A party picked is checked here, before anything is made. */
	if (letter_party_pick > 0) {
		a->party[a->n++] = letter_party_pick;
		return reg_party_get(r, id, letter_party_pick, &p, err, errsz);
	}
	a->party[a->n++] = 0;
	return reg_parties(r, id, letter_addressee_add, a, err, errsz);
}

void
letter_build_party_now(int n)
{
	letter_party_now = n;
}

struct letter_ctx {
	struct reg_filing	 fl;
	bool			 loaded;
	struct letter_tpl	*tpl;
	struct letter_values	 v;
	struct strbuf		 own[LETTER_NFIELDS];	/* storage of v */
	char			 today[QDATE_BUFSZ];
	const char		*missing[LETTER_FACTS_MAX_MISSING];
	char			 lang[8];
	struct reg_party	 party;		/* n 0: the filer */
};

int
letter_build_set(const char *name, const char *value)
{
	int f;

	if ((f = letter_field_lookup(name)) < 0)
		return -1;
	free(letter_overrides[f]);
	letter_overrides[f] = value != NULL ? xstrdup(value) : NULL;
	return 0;
}

static void
letter_set_setting(struct letter_ctx *c, struct reg *r,
    enum letter_field field, const char *key)
{
	char err[REG_ERRSZ];

	if (reg_setting_get(r, key, &c->own[field], err, sizeof err) != 0)
		strbuf_reset(&c->own[field]);
}

/* --lang, else the language of the proceedings, else the setting, kk. */
static int
letter_pick_lang(struct letter_ctx *c, struct reg *r, const char *lang,
    char *err, size_t errsz)
{
	char e[REG_ERRSZ];
	struct strbuf s;

	if (lang == NULL)
		lang = letter_facts_language(&c->fl.facts);
	strbuf_init(&s);
	if (lang == NULL && reg_setting_get(r, "letter.language", &s, e,
	    sizeof e) == 0 && s.len > 0)
		lang = s.buf;
	if (lang == NULL)
		lang = "kk";
	if (strcmp(lang, "kk") != 0 && strcmp(lang, "ru") != 0) {
		snprintf(err, errsz, _("no letter template for language '%s' "
		    "(kk or ru)"), lang);
		strbuf_free(&s);
		return -1;
	}
	snprintf(c->lang, sizeof c->lang, "%s", lang);
	strbuf_free(&s);
	return 0;
}

static int
letter_load_tpl(struct letter_ctx *c, char *err, size_t errsz)
{
	struct strbuf text, path;
	char rel[48];
	int rv;

	if (strcmp(letter_kind, "return") == 0)
		snprintf(rel, sizeof rel, "letters/%s.tpl", c->lang);
	else
		snprintf(rel, sizeof rel, "letters/%s.%s.tpl", letter_kind,
		    c->lang);
	strbuf_init(&text);
	if (datafile_read(rel, &text, err, errsz) != 0) {
		strbuf_free(&text);
		return -1;
	}
	strbuf_init(&path);
	strbuf_printf(&path, "%s/%s", datafile_dir(), rel);
	rv = letter_tpl_parse(path.buf, text.buf, text.len, &c->tpl, err,
	    errsz);
	strbuf_free(&path);
	strbuf_free(&text);
	return rv;
}

/* The letter.letterhead setting: "side" (or unset), "stacked",
 * "preprinted". */
static enum letter_letterhead
letter_pick_letterhead(struct reg *r)
{
	enum letter_letterhead h = LETTERHEAD_SIDE;
	char err[REG_ERRSZ];
	struct strbuf s;

	strbuf_init(&s);
	if (reg_setting_get(r, "letter.letterhead", &s, err, sizeof err) == 0) {
		if (strcmp(s.buf, "stacked") == 0)
			h = LETTERHEAD_STACKED;
		else if (strcmp(s.buf, "preprinted") == 0)
			h = LETTERHEAD_PREPRINTED;
	}
	strbuf_free(&s);
	return h;
}

/* The hearing's time and place: the note of the last hearing-set event,
 * "10:00 зал № 3" (a time first, then the place), or the place alone. */
static void
letter_hearing(struct letter_ctx *c)
{
	const char *note = NULL, *sp;
	size_t i;

	for (i = 0; i < c->fl.n_events; i++)
		if (strcmp(c->fl.events[i].kind, "hearing-set") == 0)
			note = c->fl.events[i].note;
	if (note == NULL || *note == '\0')
		return;
	if (strlen(note) >= 5 && note[2] == ':' && note[0] >= '0' &&
	    note[0] <= '2' && note[1] >= '0' && note[1] <= '9' &&
	    note[3] >= '0' && note[3] <= '5' && note[4] >= '0' &&
	    note[4] <= '9' && (note[5] == '\0' || note[5] == ' ')) {
		strbuf_add(&c->own[LETTER_HEARING_TIME], note, 5);
		sp = note + 5;
		sp += strspn(sp, " ,");
		strbuf_puts(&c->own[LETTER_HEARING_PLACE], sp);
	} else
		strbuf_puts(&c->own[LETTER_HEARING_PLACE], note);
}

static int
letter_draft_field(const char *field, const char *value, void *arg)
{
	struct letter_ctx *c = arg;
	int f;

	if ((f = letter_field_lookup(field)) >= 0) {
		strbuf_reset(&c->own[f]);
		strbuf_puts(&c->own[f], value);
	}
	return 0;
}

/* A notice to a party: its name (put in the dative by the template's
 * {filer.to}), address and institution in place of the filer's. */
static void
letter_party_fields(struct letter_ctx *c)
{
	static const enum letter_field f[] = { LETTER_FILER_NAME,
	    LETTER_FILER_TO, LETTER_FILER_ADDRESS, LETTER_FILER_INSTITUTION };
	size_t i;

	if (c->party.n == 0)
		return;
	for (i = 0; i < sizeof f / sizeof f[0]; i++)
		strbuf_reset(&c->own[f[i]]);
	strbuf_puts(&c->own[LETTER_FILER_NAME], c->party.name);
	strbuf_puts(&c->own[LETTER_FILER_ADDRESS], c->party.address);
	strbuf_puts(&c->own[LETTER_FILER_INSTITUTION], c->party.institution);
}

static void
letter_gather(struct letter_ctx *c, struct reg *r, qdate today)
{
	struct letter_values *v = &c->v;
	char err[REG_ERRSZ];
	char key[40];
	size_t i;

	snprintf(key, sizeof key, "court.name.%s", c->lang);
	letter_set_setting(c, r, LETTER_COURT_NAME, key);
	snprintf(key, sizeof key, "court.address.%s", c->lang);
	letter_set_setting(c, r, LETTER_COURT_ADDRESS, key);
	/* The executor is the clerk at the keyboard when he has said who
	 * he is (user.*), else the court's assistant. */
	letter_set_setting(c, r, LETTER_ASSISTANT, "user.name");
	if (c->own[LETTER_ASSISTANT].len == 0)
		letter_set_setting(c, r, LETTER_ASSISTANT, "assistant");
	letter_set_setting(c, r, LETTER_EXECUTOR_PHONE, "user.telephone");
	letter_set_setting(c, r, LETTER_COURT_NAME_KK, "court.name.kk");
	letter_set_setting(c, r, LETTER_COURT_NAME_RU, "court.name.ru");
	letter_set_setting(c, r, LETTER_COURT_PHONE, "court.telephone");
	letter_set_setting(c, r, LETTER_COURT_EMAIL, "court.email");
	c->v.letterhead = letter_pick_letterhead(r);
	strbuf_puts(&c->own[LETTER_OUT_NUMBER], c->fl.number);
	strbuf_puts(&c->own[LETTER_FILING_NUMBER], c->fl.number);
	strbuf_puts(&c->own[LETTER_JUDGE], c->fl.judge);
	qdate_format(today, c->today);
	strbuf_puts(&c->own[LETTER_OUT_DATE], c->today);
	letter_facts_fields(&c->fl.facts, c->own);
	letter_party_fields(c);
	letter_hearing(c);
	/* What the clerk typed over before and left unsent; what is typed
	 * now (letter_build_set) wins. */
	(void)reg_letter_draft_get(r, c->fl.id, letter_build_draft_key(),
	    letter_draft_field, c, err, sizeof err);
	for (i = 0; i < LETTER_NFIELDS; i++) {
		if (letter_overrides[i] != NULL) {
			strbuf_reset(&c->own[i]);
			strbuf_puts(&c->own[i], letter_overrides[i]);
		}
		v->field[i] = c->own[i].buf;
	}
	letter_facts_values(&c->fl.facts, &c->fl.decision, v, c->missing);
	/* A party is written to through its institution when it has one
	 * (a prisoner), as the filer is when in custody. */
	if (c->party.n > 0) {
		v->flags &= ~(unsigned)LETTER_CUSTODY;
		if (c->party.institution[0] != '\0')
			v->flags |= LETTER_CUSTODY;
	}
	/* Only a return states grounds and what the filer may do next. */
	if (strcmp(letter_kind, "return") != 0) {
		v->n_grounds = 0;
		v->n_missing = 0;
	}
}

static void
letter_ctx_free(struct letter_ctx *c)
{
	size_t i;

	for (i = 0; i < LETTER_NFIELDS; i++)
		strbuf_free(&c->own[i]);
	letter_tpl_free(c->tpl);
	if (c->loaded)
		reg_filing_free(&c->fl);
}

/* The filing, its language and the letter's values, without a template:
 * what the letter and the Fields dialog both start from. */
static struct letter_ctx *
letter_ctx_open(struct cli *cli, int64_t id, const char *lang, char *err,
    size_t errsz)
{
	struct letter_ctx *c;
	struct reg *r;
	size_t i;

	if ((r = cli_register(cli)) == NULL) {
		snprintf(err, errsz, "%s", _("the register cannot be opened"));
		return NULL;
	}
	c = xcalloc(1, sizeof *c);
	for (i = 0; i < LETTER_NFIELDS; i++)
		strbuf_init(&c->own[i]);
	if (reg_load(r, id, &c->fl, err, errsz) != 0) {
		letter_ctx_free(c);
		free(c);
		return NULL;
	}
	c->loaded = true;
	if (letter_pick_lang(c, r, lang, err, errsz) != 0 ||
	    (letter_party_of_kind() > 0 && reg_party_get(r, id,
	    letter_party_of_kind(), &c->party, err, errsz) != 0)) {
		letter_ctx_free(c);
		free(c);
		return NULL;
	}
	letter_gather(c, r, cli->today);
	return c;
}

/* The filled letter of filing id, as a document. */
int
letter_build_doc(struct cli *cli, int64_t id, const char *lang,
    struct letter_doc *doc, char *err, size_t errsz)
{
	struct letter_ctx *c;
	int rv = -1;

	if ((c = letter_ctx_open(cli, id, lang, err, errsz)) == NULL)
		return -1;
	if (letter_facts_kind(letter_kind, c->fl.decision.outcome,
	    &c->fl.facts, c->fl.number, err, errsz) == 0 &&
	    letter_load_tpl(c, err, errsz) == 0)
		rv = letter_fill(c->tpl, &c->v, doc, err, errsz);
	letter_ctx_free(c);
	free(c);
	return rv;
}

int
letter_build_fields(struct cli *cli, int64_t id, const char *lang,
    struct letter_fields *out, char *err, size_t errsz)
{
	struct letter_ctx *c;
	size_t i;

	memset(out, 0, sizeof *out);
	if ((c = letter_ctx_open(cli, id, lang, err, errsz)) == NULL)
		return -1;
	snprintf(out->lang, sizeof out->lang, "%s", c->lang);
	snprintf(out->number, sizeof out->number, "%s", c->fl.number);
	for (i = 0; i < LETTER_NFIELDS; i++)
		out->value[i] = xstrdup(c->v.field[i] != NULL ?
		    c->v.field[i] : "");
	letter_ctx_free(c);
	free(c);
	return 0;
}

void
letter_fields_free(struct letter_fields *f)
{
	size_t i;

	for (i = 0; i < LETTER_NFIELDS; i++)
		free(f->value[i]);
	memset(f, 0, sizeof *f);
}

int
letter_build_text(struct cli *cli, int64_t id, const char *lang,
    struct strbuf *out, char *err, size_t errsz)
{
	struct letter_doc doc;

	if (letter_build_doc(cli, id, lang, &doc, err, errsz) != 0)
		return -1;
	if (out != NULL)
		letter_render_text(&doc, 72, out);
	letter_doc_free(&doc);
	return 0;
}

/* Writes data to path (see tui/outfile.h), or to standard output. */
int
letter_write_file(const char *path, const char *data, size_t len, char *err,
    size_t errsz)
{
	struct outfile o;

	if (outfile_open(&o, path != NULL ? path : "-", err, errsz) != 0)
		return -1;
	if (outfile_write(&o, data, len, err, errsz) != 0) {
		outfile_abort(&o);
		return -1;
	}
	return outfile_commit(&o, err, errsz);
}


int
letter_pdf_spawn(const char *mode, const char *path, const char *title,
    const char *input, size_t len, char *err, size_t errsz)
{
#ifdef HAVE_PDF
	struct strbuf prog, msg;
	char *argv[5];
	int rv, i = 0;

	strbuf_init(&prog);
	strbuf_init(&msg);
	/* qarau-pdf (pango, cairo) is a separate program so that only
	 * printing pays for their libraries. */
	spawn_libexec("qarau-pdf", &prog);
	argv[i++] = prog.buf;
	if (mode != NULL)
		argv[i++] = (char *)(uintptr_t)mode;
	argv[i++] = (char *)(uintptr_t)path;
	if (title != NULL)
		argv[i++] = (char *)(uintptr_t)title;
	argv[i] = NULL;
	rv = spawn_run(prog.buf, argv, input, len, &msg, err, errsz);
	if (rv != 0 && msg.len > 0) {
		/* qarau-pdf's own message says more than its exit status. */
		while (msg.len > 0 && msg.buf[msg.len - 1] == '\n')
			msg.buf[--msg.len] = '\0';
		snprintf(err, errsz, "%s", msg.buf);
	}
	strbuf_free(&msg);
	strbuf_free(&prog);
	return rv;
#else
	(void)mode;
	(void)path;
	(void)title;
	(void)input;
	(void)len;
	snprintf(err, errsz, "%s", _("PDF letters are not available: qarau "
	    "was built without pango and cairo; use --format rtf or txt"));
	return -1;
#endif
}

int
letter_write_pdf(const struct letter_doc *doc, const char *path, char *err,
    size_t errsz)
{
	struct strbuf wire;
	int rv;

	strbuf_init(&wire);
	letter_doc_serialize(doc, &wire);
	rv = letter_pdf_spawn(NULL, path, NULL, wire.buf, wire.len, err,
	    errsz);
	strbuf_free(&wire);
	return rv;
}

/*
 * The plain-text letter goes to a terminal or to a file a clerk will cat:
 * whatever in it could act on a terminal (a setting, a draft field or a
 * user's name stored before the register checked its text, or written
 * into it by other means) is shown as \xHH, its lines kept.
 */
static void
letter_text_safe(const struct strbuf *in, struct strbuf *out)
{
	const char *s = in->buf, *end = in->buf + in->len, *nl;

	while (s < end) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		text_escape(s, (size_t)(nl - s), out);
		if (nl < end)
			strbuf_putc(out, '\n');
		s = nl + 1;
	}
}

/* The txt letters of every addressee, one after another, a form feed
 * (a new page on a printer) between them; escaped (letter_text_safe). */
static int
letter_text_all(struct cli *cli, int64_t id, const char *lang,
    const struct letter_addressees *a, struct strbuf *out, char *err,
    size_t errsz)
{
	struct letter_doc doc;
	struct strbuf one;
	size_t i;

	strbuf_init(&one);
	for (i = 0; i < a->n; i++) {
		letter_build_party_now(a->party[i]);
		if (letter_build_doc(cli, id, lang, &doc, err, errsz) != 0) {
			strbuf_free(&one);
			return -1;
		}
		if (i > 0)
			strbuf_puts(out, "\f\n");
		strbuf_reset(&one);
		letter_render_text(&doc, 72, &one);
		letter_text_safe(&one, out);
		letter_doc_free(&doc);
	}
	strbuf_free(&one);
	return 0;
}

/* RTF and PDF: the one addressee's letter. */
static int
letter_export_doc(struct cli *cli, int64_t id, const char *lang,
    const char *format, const char *path, int party, char *err, size_t errsz)
{
	struct letter_doc doc;
	struct strbuf text;
	int rv;

	letter_build_party_now(party);
	if (letter_build_doc(cli, id, lang, &doc, err, errsz) != 0)
		return -1;
	strbuf_init(&text);
	if (strcmp(format, "pdf") == 0)
		rv = letter_write_pdf(&doc, path, err, errsz);
	else {
		letter_render_rtf(&doc, &text);
		rv = letter_write_file(path, text.buf, text.len, err, errsz);
	}
	strbuf_free(&text);
	letter_doc_free(&doc);
	return rv;
}

int
letter_export(struct cli *cli, int64_t id, const char *lang,
    const char *format, const char *encoding, const char *path, char *err,
    size_t errsz)
{
	struct letter_addressees a;
	struct strbuf text, conv;
	int rv = -1;

	if (format == NULL)
		format = "txt";
	if (strcmp(format, "txt") != 0 && strcmp(format, "rtf") != 0 &&
	    strcmp(format, "pdf") != 0) {
		snprintf(err, errsz, _("unknown format '%s' (txt, rtf or pdf)"),
		    format);
		return -1;
	}
	if (strcmp(format, "txt") != 0 && (path == NULL ||
	    strcmp(path, "-") == 0)) {
		snprintf(err, errsz, _("the %s format needs an output file: "
		    "give -o FILE"), format);
		return -1;
	}
	if (path != NULL && strcmp(path, "-") != 0 &&
	    outfile_check_target(path, err, errsz) != 0)
		return -1;
	if (letter_build_addressees(cli, id, &a, err, errsz) != 0)
		return -1;
	if (strcmp(format, "txt") != 0 && a.n > 1) {
		snprintf(err, errsz, _("the notices go to %zu addressees: "
		    "give --party N for the %s file of one (0 the filer; "
		    "qarau party ID --list)"), a.n, format);
		return -1;
	}
	if (strcmp(format, "txt") != 0)
		return letter_export_doc(cli, id, lang, format, path,
		    a.party[0], err, errsz);
	strbuf_init(&text);
	strbuf_init(&conv);
	if (letter_text_all(cli, id, lang, &a, &text, err, errsz) == 0 &&
	    text_convert(text.buf, text.len, encoding != NULL ? encoding :
	    "UTF-8", &conv, err, errsz) == 0)
		rv = letter_write_file(path, conv.buf, conv.len, err, errsz);
	strbuf_free(&conv);
	strbuf_free(&text);
	return rv;
}

/*
 * Runs $QARAU_LP (default lp) on file, without a shell: the command is one
 * program name, the file one argument.  Its failure is reported with the
 * exit status, so the clerk knows the letter did not reach the printer.
 */
static int
letter_run_lp(const char *file, char *err, size_t errsz)
{
	const char *lp = getenv("QARAU_LP");
	char *argv[5];
	char why[400];

	if (lp == NULL || *lp == '\0')
		lp = "lp";
	argv[0] = (char *)(uintptr_t)lp;
	argv[1] = (char *)(uintptr_t)"-t";
	argv[2] = (char *)(uintptr_t)"qarau";
	argv[3] = (char *)(uintptr_t)file;
	argv[4] = NULL;
	if (spawn_run(lp, argv, NULL, 0, NULL, why, sizeof why) == 0)
		return 0;
	snprintf(err, errsz, _("%s: the letter was not printed"), why);
	return -1;
}

int
letter_print(struct cli *cli, int64_t id, const char *lang, char *err,
    size_t errsz)
{
	struct strbuf path;
	const char *tmpdir = getenv("TMPDIR");
	const char *fmt;
	int fd, rv;

#ifdef HAVE_PDF
	fmt = "pdf";
#else
	fmt = "txt";
#endif
	if (tmpdir == NULL || *tmpdir == '\0')
		tmpdir = "/tmp";
	strbuf_init(&path);
	strbuf_printf(&path, "%s/qarau-letter-XXXXXX", tmpdir);
	if ((fd = mkstemp(path.buf)) < 0) {
		snprintf(err, errsz, "%s: %s", path.buf, strerror(errno));
		strbuf_free(&path);
		return -1;
	}
	close(fd);
	rv = letter_export(cli, id, lang, fmt, NULL, path.buf, err, errsz);
	if (rv == 0)
		rv = letter_run_lp(path.buf, err, errsz);
	unlink(path.buf);
	strbuf_free(&path);
	return rv;
}
