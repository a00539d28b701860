# core/: the resolution text reader; data/resolution/.
