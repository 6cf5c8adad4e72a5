#!/usr/bin/env bash
# Merges workspaces built in parallel from disjoint articles (e.g. LargeWorkspaceBuilder runs over
# different FIRST_COPY ranges) into the first one, so a large benchmark workspace can be built by
# several processes at once:
#
#   sitrep-bench/merge-workspaces.sh TARGET_DIR SOURCE_DIR...
#
# Every source must have the target's schema version and share no story with it (rows already in the
# target are left as they are). Each source is copied in one transaction, table by table in
# foreign-key order; the full-text index fills through the articles trigger; ingest sequence numbers
# of a source are moved after the target's. Needs the sqlite3 shell (Debian package; installed with
# apt-get when missing). Only for benchmark workspaces: a real corpus grows with `sitrep ingest`.
set -euo pipefail

target="${1:?usage: merge-workspaces.sh TARGET_DIR SOURCE_DIR...}"
shift
command -v sqlite3 > /dev/null || apt-get install -y -q sqlite3 > /dev/null

# parents before children, as the foreign keys run
tables="articles article_boilerplate article_evidence article_layers sentences mentions stories story_articles
  headline_citations summary_sentences summary_citations entities entity_aliases entity_mentions claims claim_values
  events event_evidence relations relation_evidence quotes timeline timeline_citations"

version() {
  sqlite3 "$1/workspace.db" "SELECT value FROM meta WHERE key = 'schema_version'"
}

for source in "$@"; do
  if [[ "$(version "$source")" != "$(version "$target")" ]]; then
    echo "merge-workspaces: $source has schema version $(version "$source"), $target $(version "$target")" >&2
    exit 2
  fi
  if sqlite3 "$target/workspace.db" "SELECT 1 FROM sqlite_master WHERE name = 'story_documents'" | grep -q 1; then
    tables_now="$tables story_documents"
  else
    tables_now="$tables"
  fi
  sql="PRAGMA foreign_keys = ON; ATTACH '$source/workspace.db' AS src; BEGIN;"
  sql+="CREATE TEMP TABLE shift AS SELECT coalesce(max(ingest_seq), 0) AS n FROM main.articles;"
  for t in $tables_now; do
    sql+="INSERT OR IGNORE INTO main.$t SELECT * FROM src.$t;"
  done
  sql+="UPDATE main.articles SET ingest_seq = ingest_seq + (SELECT n FROM shift) WHERE id IN (SELECT id FROM src.articles);"
  sql+="UPDATE main.stories SET created_seq = created_seq + (SELECT n FROM shift), updated_seq = updated_seq + (SELECT n FROM shift)"
  sql+=" WHERE id IN (SELECT id FROM src.stories);"
  sql+="COMMIT; DETACH src;"
  sqlite3 "$target/workspace.db" "$sql"
  echo "merged $source: $(sqlite3 "$target/workspace.db" 'SELECT count(*) FROM articles') articles," \
    "$(sqlite3 "$target/workspace.db" 'SELECT count(*) FROM stories') stories in $target" >&2
done
sqlite3 "$target/workspace.db" "PRAGMA integrity_check; PRAGMA foreign_key_check;" | head -5
