"""The Patients screen: the lazy table, search as you type, the editor and the import dialog."""
