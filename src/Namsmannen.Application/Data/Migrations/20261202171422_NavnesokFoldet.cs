using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class NavnesokFoldet : Migration
{
    // Hand-written (a function only; the model has no change): name search matches words in any order and folds
    // æ ø å, so «Solberg Even» finds «Even Solberg» and «Sorlie» finds «Sørlie» (issue 15). Navneord.Oppslag in
    // C# makes the same entries; a test compares them.
    private const string Foldet = """
        CREATE OR REPLACE FUNCTION navneord(navn text) RETURNS SETOF text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$
            WITH o AS (SELECT w, n FROM regexp_split_to_table(
                           replace(replace(replace(translate(lower(navn), 'æøåäöéü', 'eoaaoeu'), 'aa', 'a'), 'ae', 'e'), 'oe', 'o'),
                           '[[:space:],.\-]+') WITH ORDINALITY AS t (w, n) WHERE w <> '')
            SELECT DISTINCT left(x, 100) FROM (
                SELECT w AS x FROM o
                UNION ALL
                SELECT least(a.w COLLATE "C", b.w COLLATE "C") || ' ' || greatest(a.w COLLATE "C", b.w COLLATE "C") FROM o a JOIN o b ON b.n = a.n + 1) y
            $$;
        """;

    private const string Forrige = """
        CREATE OR REPLACE FUNCTION navneord(navn text) RETURNS SETOF text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$
            WITH o AS (SELECT w, n FROM regexp_split_to_table(lower(navn), '[[:space:],.\-]+') WITH ORDINALITY AS t (w, n) WHERE w <> '')
            SELECT DISTINCT left(x, 100) FROM (SELECT w AS x FROM o UNION ALL SELECT a.w || ' ' || b.w FROM o a JOIN o b ON b.n = a.n + 1) y
            $$;
        """;

    // Every case's entries again, by the function now in force.
    private const string ByggPaNytt = """
        TRUNCATE saker_navneord;
        INSERT INTO saker_navneord (ord, mottatt, saksnummer, sak_id)
        SELECT o, s.mottatt, s.saksnummer, s.id FROM saker s JOIN skyldnere d ON d.id = s.skyldner_id, navneord(d.navn) o;
        ANALYZE saker_navneord;
        """;

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Foldet + ByggPaNytt);

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Forrige + ByggPaNytt);
}
