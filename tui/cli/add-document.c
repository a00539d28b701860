/*
 * The documents of 'qarau add --document': read through qarau-extract,
 * proposed from by core's reader, and the accepted proposals made facts
 * (add-document.h).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/vocab.h"
#include "data/propose-load.h"
#include "tui/cli/add-document.h"
#include "tui/cli/cli.h"

void
add_documents_init(struct add_documents *a)
{
	memset(a, 0, sizeof *a);
	strbuf_init(&a->accepted);
}

void
add_documents_free(struct add_documents *a)
{
	size_t i;

	for (i = 0; i < a->n; i++) {
		extract_free(&a->v[i].ex);
		proposals_free(&a->v[i].props);
		strbuf_free(&a->v[i].porcelain);
	}
	for (i = 0; i < a->nowned; i++)
		free(a->owned[i]);
	free(a->owned);
	free(a->v);
	free(a->in);
	free(a->choices);
	strbuf_free(&a->accepted);
	memset(a, 0, sizeof *a);
}

static const char *
add_base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL && slash[1] != '\0' ? slash + 1 : path;
}

/* One document read and proposed from; -1 after a message naming it. */
static int
add_document_read(struct add_document *d, const struct propose_table *const
    *tables, size_t ntables)
{
	char err[REG_ERRSZ];

	if (extract_file(d->path, &d->ex, err, sizeof err) != 0) {
		cli_error("%s", err);
		return -1;
	}
	if (propose(d->ex.text.buf, d->ex.text.len, tables, ntables,
	    &d->props, err, sizeof err) != 0) {
		cli_error("%s: %s", d->path, err);
		return -1;
	}
	d->props.pages = d->ex.pages;
	d->props.ocr = d->ex.ocr;
	snprintf(d->props.format, sizeof d->props.format, "%s",
	    d->ex.format);
	snprintf(d->props.encoding, sizeof d->props.encoding, "%s",
	    d->ex.encoding);
	proposals_porcelain(&d->props, &d->porcelain);
	return 0;
}

int
add_documents_read(struct add_documents *a, char *const *paths, size_t n)
{
	const struct propose_table *const *tables;
	struct reg_document_in *in;
	struct add_document *d;
	char err[REG_ERRSZ];
	size_t i, ntables;

	if (n == 0)
		return EXIT_OK;
	if (propose_load_tables(&tables, &ntables, err, sizeof err) != 0) {
		cli_error("%s", err);
		return EXIT_FAIL;
	}
	a->v = xcalloc(n, sizeof *a->v);
	a->in = xcalloc(n, sizeof *a->in);
	for (i = 0; i < n; i++) {
		d = &a->v[a->n++];	/* counted now: freed if it fails */
		d->path = paths[i];
		extract_init(&d->ex);
		strbuf_init(&d->porcelain);
		if (add_document_read(d, tables, ntables) != 0)
			return EXIT_FAIL;
		in = &a->in[i];
		in->name = add_base_name(d->path);
		in->format = d->ex.format;
		in->bytes = d->ex.bytes.buf;
		in->len = d->ex.bytes.len;
		in->text = d->ex.text.buf;
		in->text_len = d->ex.text.len;
		in->pages = d->ex.pages;
		in->ocr = d->ex.ocr != 0;
		in->encoding = d->ex.encoding;
		in->proposals = d->porcelain.buf;
	}
	return EXIT_OK;
}

/* The value the documents propose for key: NULL when none does or when
 * two say different things (silence rather than a guess). */
static const char *
add_proposed(const struct add_documents *a, const char *key, bool *conflict)
{
	const char *value = NULL;
	size_t i, j;

	*conflict = false;
	for (i = 0; i < a->n; i++)
		for (j = 0; j < a->v[i].props.n; j++) {
			if (strcmp(a->v[i].props.v[j].key, key) != 0)
				continue;
			if (value == NULL)
				value = a->v[i].props.v[j].value;
			else if (strcmp(value, a->v[i].props.v[j].value) != 0)
				*conflict = true;
		}
	return *conflict ? NULL : value;
}

/* Is key in the comma-separated list? */
static bool
add_listed(const char *list, const char *key)
{
	size_t len = strlen(key);
	const char *p;

	for (p = list; p != NULL && *p != '\0'; p = strchr(p, ',')) {
		if (*p == ',')
			p++;
		if (strncmp(p, key, len) == 0 && (p[len] == ',' ||
		    p[len] == '\0'))
			return true;
	}
	return false;
}

/* Every key of the list is a fact of the vocabulary. */
static int
add_check_list(const char *list)
{
	char key[64];
	const char *p, *e;
	size_t len;

	for (p = list; p != NULL && *p != '\0'; p = *e != '\0' ? e + 1 : e) {
		e = p + strcspn(p, ",");
		len = (size_t)(e - p);
		if (len == 0)
			continue;
		snprintf(key, sizeof key, "%.*s", (int)len, p);
		if (len >= sizeof key || vocab_index(key) < 0)
			return cli_usage_error("add", _("--accept: '%s' is not "
			    "a fact (see 'qarau questions')"), key);
	}
	return EXIT_OK;
}

static void
add_choice(struct add_documents *a, const char *key, const char *proposed,
    const char *chosen)
{
	struct reg_proposal_choice *c;

	a->choices = xrealloc(a->choices, (a->nchoices + 1) *
	    sizeof *a->choices);
	a->owned = xrealloc(a->owned, (a->nowned + 1) * sizeof *a->owned);
	c = &a->choices[a->nchoices++];
	c->key = key;
	c->proposed = proposed;
	c->chosen = a->owned[a->nowned++] = xstrdup(chosen);
}

/* One fact of the vocabulary against the documents' proposal. */
static void
add_accept_one(struct add_documents *a, struct facts *f, size_t idx,
    const char *accept, bool all)
{
	const char *key = vocab_at(idx)->key, *value, *own;
	char buf[FACT_TEXT_MAX], err[REG_ERRSZ];
	bool conflict, wanted;

	wanted = all || add_listed(accept, key);
	value = add_proposed(a, key, &conflict);
	if (conflict && wanted)
		cli_error(_("warning: the documents propose different values "
		    "of %s; none was accepted"), key);
	if (value == NULL) {
		if (wanted && !all && !conflict)
			cli_error(_("warning: no document proposes %s"), key);
		return;
	}
	own = facts_value_text(f, idx, buf, sizeof buf);
	if (own == NULL && wanted) {
		if (facts_set_index(f, idx, value, err, sizeof err) != 0) {
			cli_error(_("warning: the proposal %s = %s was not "
			    "accepted: %s"), key, cli_safe(value, false), err);
			return;
		}
		strbuf_printf(&a->accepted, "  %s = %s\n", key, value);
		own = value;
	}
	/* What became of the proposal is audited only where a fact was
	 * decided: accepted, or overridden by the clerk's own value. */
	if (own != NULL)
		add_choice(a, key, value, own);
}

int
add_documents_accept(struct add_documents *a, struct facts *f,
    const char *accept, bool all)
{
	size_t i;
	int rc;

	if ((rc = add_check_list(accept)) != EXIT_OK)
		return rc;
	for (i = 0; i < vocab_count(); i++)
		add_accept_one(a, f, i, accept, all);
	return EXIT_OK;
}
