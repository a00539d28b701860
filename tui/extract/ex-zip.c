/*
 * DOCX and ODT: a ZIP archive (libzip, from memory) holding the body as
 * XML (libxml2).  A paragraph is a line; a page break marked in the file
 * (DOCX's page break or the place Word last broke the page, ODT's
 * paragraph style that breaks the page or its soft page break) is a '\f'.  Deleted text of tracked
 * changes, comments and notes are left out: they are not what was filed.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "core/i18n.h"
#include "tui/extract/ex.h"

/* The body of a 50 MB file inflated; more is a "ZIP bomb", not a filing. */
#define EX_ZIP_MAX_XML	(256L * 1024 * 1024)

#define NS_W	"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_TEXT	"urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_OFF	"urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define ODT_MIME "application/vnd.oasis.opendocument.text"

static int
ex_zip_is(const xmlNode *n, const char *ns, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    strcmp((const char *)n->ns->href, ns) == 0 &&
	    strcmp((const char *)n->name, name) == 0;
}

/* A page break, unless the page has no text yet: Word marks a break both
 * where it is typed and where it last laid the page out. */
static void
ex_zip_page(struct strbuf *t, size_t *page_start)
{
	size_t i;

	for (i = *page_start; i < t->len; i++)
		if (t->buf[i] != '\n' && t->buf[i] != ' ')
			break;
	if (i == t->len)
		return;
	strbuf_putc(t, '\f');
	*page_start = t->len;
}

static void
ex_zip_text(struct strbuf *t, const xmlNode *n)
{
	xmlChar *s;

	if ((s = xmlNodeGetContent(n)) != NULL) {
		strbuf_puts(t, (const char *)s);
		xmlFree(s);
	}
}

static void
ex_docx_walk(const xmlNode *n, struct strbuf *t, size_t *page)
{
	xmlChar *type;

	for (; n != NULL; n = n->next) {
		if (ex_zip_is(n, NS_W, "t")) {
			ex_zip_text(t, n);
			continue;
		}
		if (ex_zip_is(n, NS_W, "tab"))
			strbuf_putc(t, ' ');
		else if (ex_zip_is(n, NS_W, "cr"))
			strbuf_putc(t, '\n');
		else if (ex_zip_is(n, NS_W, "lastRenderedPageBreak"))
			ex_zip_page(t, page);
		else if (ex_zip_is(n, NS_W, "br")) {
			type = xmlGetNsProp(n, (const xmlChar *)"type",
			    (const xmlChar *)NS_W);
			if (type != NULL &&
			    strcmp((const char *)type, "page") == 0)
				ex_zip_page(t, page);
			else
				strbuf_putc(t, '\n');
			xmlFree(type);
		}
		ex_docx_walk(n->children, t, page);
		if (ex_zip_is(n, NS_W, "p"))
			strbuf_putc(t, '\n');
	}
}

#define NS_STYLE "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_FO	"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

/* ODT marks a typed page break as a paragraph style that breaks before
 * or after it: the names of those styles, as "\nname\n..." lists. */
struct ex_odt {
	struct strbuf	*t;
	size_t		 page;
	struct strbuf	 before;
	struct strbuf	 after;
};

static int
ex_odt_has(const struct strbuf *list, const xmlChar *name)
{
	struct strbuf key;
	int found;

	if (name == NULL || list->len == 0)
		return 0;
	strbuf_init(&key);
	strbuf_printf(&key, "\n%s\n", (const char *)name);
	found = strstr(list->buf, key.buf) != NULL;
	strbuf_free(&key);
	return found;
}

static void
ex_odt_styles(const xmlNode *n, struct ex_odt *o)
{
	const xmlNode *pp;
	xmlChar *name, *v;

	for (; n != NULL; n = n->next) {
		if (!ex_zip_is(n, NS_STYLE, "style"))
			continue;
		name = xmlGetNsProp(n, (const xmlChar *)"name",
		    (const xmlChar *)NS_STYLE);
		for (pp = n->children; name != NULL && pp != NULL;
		    pp = pp->next) {
			if (!ex_zip_is(pp, NS_STYLE, "paragraph-properties"))
				continue;
			if ((v = xmlGetNsProp(pp, (const xmlChar *)
			    "break-before", (const xmlChar *)NS_FO)) != NULL &&
			    strcmp((const char *)v, "page") == 0)
				strbuf_printf(&o->before, "\n%s\n",
				    (const char *)name);
			xmlFree(v);
			if ((v = xmlGetNsProp(pp, (const xmlChar *)
			    "break-after", (const xmlChar *)NS_FO)) != NULL &&
			    strcmp((const char *)v, "page") == 0)
				strbuf_printf(&o->after, "\n%s\n",
				    (const char *)name);
			xmlFree(v);
		}
		xmlFree(name);
	}
}

static void ex_odt_walk(const xmlNode *, struct ex_odt *, int);

static void
ex_odt_para(const xmlNode *n, struct ex_odt *o)
{
	xmlChar *style;

	style = xmlGetNsProp(n, (const xmlChar *)"style-name",
	    (const xmlChar *)NS_TEXT);
	if (ex_odt_has(&o->before, style))
		ex_zip_page(o->t, &o->page);
	ex_odt_walk(n->children, o, 1);
	strbuf_putc(o->t, '\n');
	if (ex_odt_has(&o->after, style))
		ex_zip_page(o->t, &o->page);
	xmlFree(style);
}

/* Text outside a paragraph or heading is the indentation of the XML. */
static void
ex_odt_walk(const xmlNode *n, struct ex_odt *o, int inpara)
{
	xmlChar *c;
	int i, count;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			if (inpara)
				strbuf_puts(o->t, (const char *)n->content);
			continue;
		}
		if (ex_zip_is(n, NS_OFF, "automatic-styles"))
			ex_odt_styles(n->children, o);
		if (ex_zip_is(n, NS_OFF, "annotation") ||
		    ex_zip_is(n, NS_TEXT, "note") ||
		    ex_zip_is(n, NS_TEXT, "tracked-changes") ||
		    ex_zip_is(n, NS_OFF, "automatic-styles"))
			continue;
		if (ex_zip_is(n, NS_TEXT, "p") || ex_zip_is(n, NS_TEXT, "h")) {
			ex_odt_para(n, o);
			continue;
		}
		if (ex_zip_is(n, NS_TEXT, "s")) {
			/* <text:s text:c="N"/>: N spaces, one by default. */
			c = xmlGetNsProp(n, (const xmlChar *)"c",
			    (const xmlChar *)NS_TEXT);
			count = c != NULL ? atoi((const char *)c) : 1;
			xmlFree(c);
			for (i = 0; i < count && i < 1000; i++)
				strbuf_putc(o->t, ' ');
		} else if (ex_zip_is(n, NS_TEXT, "tab"))
			strbuf_putc(o->t, ' ');
		else if (ex_zip_is(n, NS_TEXT, "line-break"))
			strbuf_putc(o->t, '\n');
		else if (ex_zip_is(n, NS_TEXT, "soft-page-break"))
			ex_zip_page(o->t, &o->page);
		ex_odt_walk(n->children, o, inpara);
	}
}

/* The member's bytes, or -1 if it is not there (*missing set) or cannot
 * be read. */
static int
ex_zip_member(zip_t *z, const char *name, struct strbuf *out, int *missing)
{
	zip_stat_t st;
	zip_file_t *f;
	char chunk[65536];
	zip_int64_t n;

	*missing = 0;
	zip_stat_init(&st);
	if (zip_stat(z, name, 0, &st) != 0) {
		*missing = 1;
		return -1;
	}
	if ((st.valid & ZIP_STAT_SIZE) && st.size > (zip_uint64_t)EX_ZIP_MAX_XML)
		return -1;
	if ((f = zip_fopen(z, name, 0)) == NULL)
		return -1;
	while ((n = zip_fread(f, chunk, sizeof chunk)) > 0) {
		strbuf_add(out, chunk, (size_t)n);
		if (out->len > (size_t)EX_ZIP_MAX_XML) {
			n = -1;
			break;
		}
	}
	zip_fclose(f);
	return n < 0 ? -1 : 0;
}

static int
ex_zip_xml(struct ex_doc *doc, const struct strbuf *xml, int odt)
{
	struct ex_odt o;
	xmlDoc *x;
	size_t page = doc->text.len;

	/* No network, no entities expanded, no DTD loaded: the XML is the
	 * filer's. */
	x = xmlReadMemory(xml->buf, (int)xml->len, NULL, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (x == NULL)
		return ex_fail(doc, _("the %s file is damaged and cannot be "
		    "read"), odt ? "ODT" : "DOCX");
	if (odt) {
		o.t = &doc->text;
		o.page = page;
		strbuf_init(&o.before);
		strbuf_init(&o.after);
		ex_odt_walk(xmlDocGetRootElement(x), &o, 0);
		strbuf_free(&o.before);
		strbuf_free(&o.after);
	} else
		ex_docx_walk(xmlDocGetRootElement(x), &doc->text, &page);
	xmlFreeDoc(x);
	return 0;
}

int
ex_zip(struct ex_doc *doc)
{
	zip_source_t *src;
	zip_error_t zerr;
	zip_t *z;
	struct strbuf xml;
	int rv, missing, odt;

	zip_error_init(&zerr);
	src = zip_source_buffer_create(doc->data, doc->len, 0, &zerr);
	if (src == NULL || (z = zip_open_from_source(src, ZIP_RDONLY,
	    &zerr)) == NULL) {
		if (src != NULL)
			zip_source_free(src);
		zip_error_fini(&zerr);
		return ex_fail(doc, "%s", _("the ZIP archive (DOCX or ODT) "
		    "is damaged and cannot be read"));
	}
	zip_error_fini(&zerr);
	strbuf_init(&xml);
	odt = ex_zip_member(z, "mimetype", &xml, &missing) == 0 &&
	    xml.len >= sizeof ODT_MIME - 1 &&
	    memcmp(xml.buf, ODT_MIME, sizeof ODT_MIME - 1) == 0 &&
	    (xml.len == sizeof ODT_MIME - 1 ||
	    xml.buf[sizeof ODT_MIME - 1] == '\n');
	strbuf_reset(&xml);
	snprintf(doc->format, sizeof doc->format, "%s", odt ? "odt" : "docx");
	if (ex_zip_member(z, odt ? "content.xml" : "word/document.xml", &xml,
	    &missing) != 0)
		rv = missing && !odt ? ex_fail(doc, "%s", _("unknown format: "
		    "a ZIP archive that is neither a DOCX nor an ODT "
		    "document")) : ex_fail(doc, _("the %s file is damaged "
		    "and cannot be read"), odt ? "ODT" : "DOCX");
	else
		rv = ex_zip_xml(doc, &xml, odt);
	strbuf_free(&xml);
	zip_discard(z);
	return rv;
}
