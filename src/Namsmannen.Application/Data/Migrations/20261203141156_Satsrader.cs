using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Satsrader : Migration
{
    private const string Seedforslag = "Datafilen satser.json";
    private const string Seedkontroll = "Datafilen satser.json (kilde oppgitt)";
    private static readonly DateTimeOffset Seedtid = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "administrasjonslogg",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                tidspunkt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                gjelder = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                beskrivelse = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                utfort_av = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                utfort_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_administrasjonslogg", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "satsrader",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                tabell = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                fra = table.Column<DateOnly>(type: "date", nullable: false),
                verdi = table.Column<string>(type: "jsonb", nullable: false),
                kilde = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                avledet = table.Column<bool>(type: "boolean", nullable: false),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                foreslatt_av = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                foreslatt_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                foreslatt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                behandlet_av = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                behandlet_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                behandlet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                erstattet_av = table.Column<long>(type: "bigint", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_satsrader", x => x.id);
                table.ForeignKey(
                    name: "fk_satsrader_satsrader_erstattet_av",
                    column: x => x.erstattet_av,
                    principalTable: "satsrader",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_administrasjonslogg_gjelder_id",
            table: "administrasjonslogg",
            columns: new[] { "gjelder", "id" });

        migrationBuilder.CreateIndex(
            name: "ix_satsrader_erstattet_av",
            table: "satsrader",
            column: "erstattet_av");

        migrationBuilder.CreateIndex(
            name: "ux_satsrader_i_kraft",
            table: "satsrader",
            columns: new[] { "tabell", "fra" },
            unique: true,
            filter: "status = 'Gjeldende' AND erstattet_av IS NULL");

        // The rate tables as the data file Satser/satser.json held them on 2026-11-21 (issue 20): rows with a cited
        // source are in force as confirmed; derived rows (a policy rate plus 8 points) are in force, as before, and
        // wait for an administrator to confirm them (docs/domain.md, rates).
        migrationBuilder.InsertData(
            table: "satsrader",
            columns: ["tabell", "fra", "verdi", "kilde", "avledet", "status", "foreslatt_av_navn", "foreslatt", "behandlet_av_navn", "behandlet"],
            columnTypes: ["character varying(60)", "date", "jsonb", "character varying(500)", "boolean", "character varying(20)", "character varying(200)", "timestamp with time zone", "character varying(200)", "timestamp with time zone"],
            values: new object[,]
            {
            { "rettsgebyr", new DateOnly(2016, 1, 1), "{\"belop\":1025}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2017, 1, 1), "{\"belop\":1049}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2018, 1, 1), "{\"belop\":1130}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2019, 1, 1), "{\"belop\":1150}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2020, 1, 1), "{\"belop\":1172}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2021, 1, 1), "{\"belop\":1199}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2022, 1, 1), "{\"belop\":1223}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2023, 1, 1), "{\"belop\":1243}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2024, 1, 1), "{\"belop\":1277}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2025, 1, 1), "{\"belop\":1314}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "rettsgebyr", new DateOnly(2026, 1, 1), "{\"belop\":1345}", "NAV Rettsgebyr; Lovdata (rettsgebyrloven § 1)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "gebyrmultiplikatorer.utlegg", new DateOnly(2016, 1, 1), "{\"multiplikator\":1.7}", "rettsgebyrloven § 14 (2016–2020)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "gebyrmultiplikatorer.utlegg", new DateOnly(2021, 1, 1), "{\"multiplikator\":1.25}", "rettsgebyrloven § 14 (2021)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "gebyrmultiplikatorer.utlegg", new DateOnly(2022, 1, 1), "{\"multiplikator\":1.21}", "rettsgebyrloven § 14 (fra 2022)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "gebyrmultiplikatorer.tvangssalg_losore_begjaering", new DateOnly(2016, 1, 1), "{\"multiplikator\":1.25}", "rettsgebyrloven § 15 (som i kraft 2024)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "gebyrmultiplikatorer.tvangssalg_losore_gjennomfort", new DateOnly(2016, 1, 1), "{\"multiplikator\":2.2}", "rettsgebyrloven § 15 (som i kraft 2024)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "gebyrmultiplikatorer.tilbakelevering", new DateOnly(2016, 1, 1), "{\"multiplikator\":1.25}", "rettsgebyrloven § 14 (som i kraft 2024)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "gebyrmultiplikatorer.tvangssalg_fast_eiendom_begjaering", new DateOnly(2016, 1, 1), "{\"multiplikator\":1.1}", "rettsgebyrloven § 15 (som i kraft 2024)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "gebyrmultiplikatorer.tvangssalg_fast_eiendom_gjennomfort", new DateOnly(2016, 1, 1), "{\"multiplikator\":6.3}", "rettsgebyrloven § 15 (som i kraft 2024)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "gebyrmultiplikatorer.klage", new DateOnly(2016, 1, 1), "{\"multiplikator\":1.0}", "rettsgebyrloven (klage til tingretten)", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "grunnbelop", new DateOnly(2019, 5, 1), "{\"belop\":99858}", "navikt/g grunnbeløp.json", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "grunnbelop", new DateOnly(2020, 5, 1), "{\"belop\":101351}", "navikt/g grunnbeløp.json", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "grunnbelop", new DateOnly(2021, 5, 1), "{\"belop\":106399}", "navikt/g grunnbeløp.json", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "grunnbelop", new DateOnly(2022, 5, 1), "{\"belop\":111477}", "navikt/g grunnbeløp.json", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "grunnbelop", new DateOnly(2023, 5, 1), "{\"belop\":118620}", "navikt/g grunnbeløp.json", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "grunnbelop", new DateOnly(2024, 5, 1), "{\"belop\":124028}", "navikt/g grunnbeløp.json", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "grunnbelop", new DateOnly(2025, 5, 1), "{\"belop\":130160}", "navikt/g grunnbeløp.json", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "grunnbelop", new DateOnly(2026, 5, 1), "{\"belop\":136549}", "navikt/g grunnbeløp.json", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "livsopphold", new DateOnly(2021, 7, 1), "{\"enslig\":9232,\"giftEllerSamboerHver\":7817,\"forsorgerEktefelle\":15634,\"barn0til5\":2955,\"barn6til10\":3919,\"barn11til14\":4948,\"barn15pluss\":4948}", "FOR-2014-06-13-724; regjeringen.no id691824", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "livsopphold", new DateOnly(2022, 7, 1), "{\"enslig\":9758,\"giftEllerSamboerHver\":8263,\"forsorgerEktefelle\":16526,\"barn0til5\":3123,\"barn6til10\":4142,\"barn11til14\":5230,\"barn15pluss\":5230}", "FOR-2014-06-13-724; sismo.no", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "livsopphold", new DateOnly(2023, 7, 1), "{\"enslig\":10412,\"giftEllerSamboerHver\":8817,\"forsorgerEktefelle\":17634,\"barn0til5\":3332,\"barn6til10\":4420,\"barn11til14\":5580,\"barn15pluss\":6418}", "FOR-2014-06-13-724; trondheim.kommune.no", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "livsopphold", new DateOnly(2024, 7, 1), "{\"enslig\":10724,\"giftEllerSamboerHver\":9082,\"forsorgerEktefelle\":18164,\"barn0til5\":3432,\"barn6til10\":4553,\"barn11til14\":5747,\"barn15pluss\":6611}", "FOR-2014-06-13-724; trondheim.kommune.no", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "samvaer", new DateOnly(2023, 7, 1), "{\"klasser\":{\"1\":[305,407,531,605],\"2\":[1011,1348,1760,2003],\"3\":[1410,1881,2455,2794],\"4\":[1770,2361,3082,3507]}}", "gjeld.org", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "samvaer", new DateOnly(2024, 7, 1), "{\"klasser\":{\"1\":[317,443,547,623],\"2\":[1048,1467,1813,2063],\"3\":[1462,2047,2529,2877],\"4\":[1836,2570,3175,3612]}}", "gjeld.org", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "boutgiftsnorm", new DateOnly(2024, 1, 1), "{\"ensligRimelig\":5000,\"ensligMaks\":9000,\"parRimelig\":7000,\"parMaks\":12000,\"perBarn\":500,\"maksTotalt\":13500}", "Trondheim kommune, veiledning 2024", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "forsinkelsesrente", new DateOnly(2016, 7, 1), "{\"sats\":8.5}", "regjeringen.no id2505910", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "forsinkelsesrente", new DateOnly(2019, 1, 1), "{\"sats\":8.75}", "regjeringen.no id2622591", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "forsinkelsesrente", new DateOnly(2019, 7, 1), "{\"sats\":9.25}", "avledet: styringsrenten + 8 prosentpoeng", true, "Gjeldende", Seedforslag, Seedtid, null, null },
            { "forsinkelsesrente", new DateOnly(2020, 1, 1), "{\"sats\":9.5}", "avledet: styringsrenten + 8 prosentpoeng", true, "Gjeldende", Seedforslag, Seedtid, null, null },
            { "forsinkelsesrente", new DateOnly(2020, 7, 1), "{\"sats\":8.0}", "bahs.no", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "forsinkelsesrente", new DateOnly(2022, 1, 1), "{\"sats\":8.5}", "avledet: styringsrenten + 8 prosentpoeng", true, "Gjeldende", Seedforslag, Seedtid, null, null },
            { "forsinkelsesrente", new DateOnly(2022, 7, 1), "{\"sats\":9.25}", "revisjonskompaniet.no", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "forsinkelsesrente", new DateOnly(2023, 1, 1), "{\"sats\":10.75}", "kred.no", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "forsinkelsesrente", new DateOnly(2023, 7, 1), "{\"sats\":11.75}", "avledet: styringsrenten + 8 prosentpoeng", true, "Gjeldende", Seedforslag, Seedtid, null, null },
            { "forsinkelsesrente", new DateOnly(2024, 1, 1), "{\"sats\":12.5}", "avledet: styringsrenten + 8 prosentpoeng", true, "Gjeldende", Seedforslag, Seedtid, null, null },
            { "forsinkelsesrente", new DateOnly(2025, 1, 1), "{\"sats\":12.5}", "FOR-2024-12-19-3279", false, "Gjeldende", Seedforslag, Seedtid, Seedkontroll, Seedtid },
            { "forsinkelsesrente", new DateOnly(2025, 7, 1), "{\"sats\":12.25}", "avledet: styringsrenten + 8 prosentpoeng", true, "Gjeldende", Seedforslag, Seedtid, null, null },
            { "forsinkelsesrente", new DateOnly(2026, 1, 1), "{\"sats\":12.0}", "avledet: styringsrenten + 8 prosentpoeng", true, "Gjeldende", Seedforslag, Seedtid, null, null },
            });

        // A rate row is never changed or deleted: a wrong row is superseded by a new one for the same date, so every
        // decision made with it can still say which row it used. Only a proposal's decision, a derived row's
        // confirmation and the superseding row's id may be filled in, once.
        migrationBuilder.Sql("""
            CREATE FUNCTION satsrader_endres_ikke() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'UPDATE'
                    OR NEW.id <> OLD.id OR NEW.tabell <> OLD.tabell OR NEW.fra <> OLD.fra OR NEW.verdi <> OLD.verdi
                    OR NEW.kilde <> OLD.kilde OR NEW.avledet <> OLD.avledet
                    OR NEW.foreslatt_av IS DISTINCT FROM OLD.foreslatt_av OR NEW.foreslatt_av_navn <> OLD.foreslatt_av_navn OR NEW.foreslatt <> OLD.foreslatt
                    OR (OLD.status <> 'Foreslatt' AND NEW.status <> OLD.status)
                    OR (OLD.behandlet_av_navn IS NOT NULL AND (NEW.behandlet_av IS DISTINCT FROM OLD.behandlet_av
                        OR NEW.behandlet_av_navn IS DISTINCT FROM OLD.behandlet_av_navn OR NEW.behandlet IS DISTINCT FROM OLD.behandlet))
                    OR (OLD.erstattet_av IS NOT NULL AND NEW.erstattet_av IS DISTINCT FROM OLD.erstattet_av) THEN
                    RAISE EXCEPTION 'satsrader endres ikke: en rad erstattes av en ny rad (%)', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END;
            $$;
            CREATE TRIGGER satsrader_kun_erstattes
                BEFORE UPDATE OR DELETE ON satsrader
                FOR EACH ROW EXECUTE FUNCTION satsrader_endres_ikke();
            CREATE TRIGGER satsrader_ingen_truncate
                BEFORE TRUNCATE ON satsrader
                FOR EACH STATEMENT EXECUTE FUNCTION satsrader_endres_ikke();

            CREATE FUNCTION administrasjonslogg_er_uforanderlig() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'administrasjonslogg er en revisjonslogg: % er ikke tillatt', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END;
            $$;
            CREATE TRIGGER administrasjonslogg_kun_tillegg
                BEFORE UPDATE OR DELETE ON administrasjonslogg
                FOR EACH ROW EXECUTE FUNCTION administrasjonslogg_er_uforanderlig();
            CREATE TRIGGER administrasjonslogg_ingen_truncate
                BEFORE TRUNCATE ON administrasjonslogg
                FOR EACH STATEMENT EXECUTE FUNCTION administrasjonslogg_er_uforanderlig();
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER administrasjonslogg_ingen_truncate ON administrasjonslogg; DROP TRIGGER administrasjonslogg_kun_tillegg ON administrasjonslogg; DROP FUNCTION administrasjonslogg_er_uforanderlig(); DROP TRIGGER satsrader_ingen_truncate ON satsrader; DROP TRIGGER satsrader_kun_erstattes ON satsrader; DROP FUNCTION satsrader_endres_ikke();");
        migrationBuilder.DropTable(
            name: "administrasjonslogg");

        migrationBuilder.DropTable(
            name: "satsrader");
    }
}
