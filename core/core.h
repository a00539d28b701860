/*
 * Core's one initialisation: the tables it resolves once (the
 * vocabulary's key index, the compiled checklist conditions, the rules'
 * reads) before anything decides.  Call core_init() once at start, before
 * any other function of core/; calling it again does nothing.
 */
#ifndef QARAU_CORE_H
#define QARAU_CORE_H

void	core_init(void);

#endif
