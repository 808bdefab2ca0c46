"""The site search: one box over every kind of published record, in the reader's language."""
