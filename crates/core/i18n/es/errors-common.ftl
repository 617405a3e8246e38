# A reason given by a reader, a library or the operating system, shown as it came.

error-as-said = { $detail }
