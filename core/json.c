/*
 * JSON string literals.  Bytes from 0x80 up pass through: the text is
 * UTF-8 already, and JSON allows it unescaped.
 */
#include "config.h"

#include "core/json.h"

void
json_string(struct strbuf *sb, const char *s)
{
	const unsigned char *p;

	if (s == NULL) {
		strbuf_puts(sb, "null");
		return;
	}
	strbuf_putc(sb, '"');
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\') {
			strbuf_putc(sb, '\\');
			strbuf_putc(sb, (char)*p);
		} else if (*p == '\n')
			strbuf_puts(sb, "\\n");
		else if (*p == '\t')
			strbuf_puts(sb, "\\t");
		else if (*p < 0x20)
			strbuf_printf(sb, "\\u%04x", *p);
		else
			strbuf_putc(sb, (char)*p);
	}
	strbuf_putc(sb, '"');
}

void
json_member(struct strbuf *sb, const char *key, const char *value)
{
	json_string(sb, key);
	strbuf_putc(sb, ':');
	json_string(sb, value);
}
