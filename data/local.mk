# data/: the SQLite register and the lookup of shipped data files.
noinst_LIBRARIES += data/libqarauda.a
data_libqarauda_a_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS) $(NETTLE_CFLAGS)
data_libqarauda_a_SOURCES = \
	data/datafile.c data/datafile.h \
	data/register.c data/register.h data/reg-internal.h \
	data/reg-open.c data/reg-filing.c \
	data/reg-schema.c data/reg-event.c data/reg-letters.c data/reg-list.c \
	data/reg-calendar.c data/reg-report.c data/reg-document.c \
	data/reg-settings.c data/reg-io.c data/reg-import.c data/workflow.c data/workflow.h \
	data/reg-access.c data/conffile.c data/conffile.h \
	data/propose-load.c data/propose-load.h
DATA_LIBS = data/libqarauda.a $(SQLITE_LIBS) $(NETTLE_LIBS) $(CORE_LIBS)

# Shipped data files, installed as $(pkgdatadir)/calendar/, letters/ and
# resolution/ (the layout of data/ in the source tree), are listed by the
# fragment of the area that owns them (core/calendar.mk, ...).

# The court's configuration file: a commented example that names no
# register (the Debian package's names /var/lib/qarau/register.db).
qarauconfdir = $(sysconfdir)/qarau
dist_qarauconf_DATA = data/qarau.conf
