# core/: letter templates, text encodings, RTF.
