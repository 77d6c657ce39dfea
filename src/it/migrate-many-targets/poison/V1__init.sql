-- Applied to tenant_13 before the run: a V1 other than the project's, so the run finds a checksum mismatch there.
CREATE SCHEMA app;
