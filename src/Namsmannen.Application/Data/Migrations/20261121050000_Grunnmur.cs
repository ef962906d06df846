using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>
/// The foundation: identity, creditors, debtors, cases, the append-only audit log and Data Protection keys.
/// Written by hand (EF Core Design is not in this registry); the drift test proves it equals the model.
/// </summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121050000_Grunnmur")]
public sealed class Grunnmur : Migration
{
    private static readonly object IdentityByDefault = NpgsqlValueGenerationStrategy.IdentityByDefaultColumn;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateSequence(name: NamsmannenDbContext.SaksnummerSekvens);

        migrationBuilder.CreateTable(
            name: "asp_net_roles",
            columns: table => new
            {
                id = table.Column<string>(type: "text", nullable: false),
                name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                concurrency_stamp = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_asp_net_roles", x => x.id));

        migrationBuilder.CreateTable(
            name: "data_protection_nokler",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", IdentityByDefault),
                friendly_name = table.Column<string>(type: "text", nullable: true),
                xml = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_data_protection_nokler", x => x.id));

        migrationBuilder.CreateTable(
            name: "kreditorer",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                organisasjonsnummer = table.Column<string>(type: "character(9)", fixedLength: true, maxLength: 9, nullable: false),
                er_saernamsmann = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_kreditorer", x => x.id));

        migrationBuilder.CreateTable(
            name: "skyldnere",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                identifikator = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                adresse = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                postnummer = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                poststed = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_skyldnere", x => x.id));

        migrationBuilder.CreateTable(
            name: "asp_net_role_claims",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", IdentityByDefault),
                role_id = table.Column<string>(type: "text", nullable: false),
                claim_type = table.Column<string>(type: "text", nullable: true),
                claim_value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                table.ForeignKey("fk_asp_net_role_claims_asp_net_roles_role_id", x => x.role_id, "asp_net_roles", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_users",
            columns: table => new
            {
                id = table.Column<string>(type: "text", nullable: false),
                fullt_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                kreditor_id = table.Column<Guid>(type: "uuid", nullable: true),
                user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                password_hash = table.Column<string>(type: "text", nullable: true),
                security_stamp = table.Column<string>(type: "text", nullable: true),
                concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                phone_number = table.Column<string>(type: "text", nullable: true),
                phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                access_failed_count = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_asp_net_users", x => x.id);
                table.ForeignKey("fk_asp_net_users_kreditorer_kreditor_id", x => x.kreditor_id, "kreditorer", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_user_claims",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", IdentityByDefault),
                user_id = table.Column<string>(type: "text", nullable: false),
                claim_type = table.Column<string>(type: "text", nullable: true),
                claim_value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                table.ForeignKey("fk_asp_net_user_claims_asp_net_users_user_id", x => x.user_id, "asp_net_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_user_logins",
            columns: table => new
            {
                login_provider = table.Column<string>(type: "text", nullable: false),
                provider_key = table.Column<string>(type: "text", nullable: false),
                provider_display_name = table.Column<string>(type: "text", nullable: true),
                user_id = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                table.ForeignKey("fk_asp_net_user_logins_asp_net_users_user_id", x => x.user_id, "asp_net_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_user_roles",
            columns: table => new
            {
                user_id = table.Column<string>(type: "text", nullable: false),
                role_id = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                table.ForeignKey("fk_asp_net_user_roles_asp_net_roles_role_id", x => x.role_id, "asp_net_roles", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_asp_net_user_roles_asp_net_users_user_id", x => x.user_id, "asp_net_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "asp_net_user_tokens",
            columns: table => new
            {
                user_id = table.Column<string>(type: "text", nullable: false),
                login_provider = table.Column<string>(type: "text", nullable: false),
                name = table.Column<string>(type: "text", nullable: false),
                value = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                table.ForeignKey("fk_asp_net_user_tokens_asp_net_users_user_id", x => x.user_id, "asp_net_users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "saker",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                saksnummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                kreditor_id = table.Column<Guid>(type: "uuid", nullable: false),
                skyldner_id = table.Column<Guid>(type: "uuid", nullable: false),
                type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                stadium = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                hovedstol = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                renter = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                omkostninger = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                kreditor_referanse = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                mottatt = table.Column<DateOnly>(type: "date", nullable: false),
                saksbehandler_id = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_saker", x => x.id);
                table.ForeignKey("fk_saker_asp_net_users_saksbehandler_id", x => x.saksbehandler_id, "asp_net_users", "id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("fk_saker_kreditorer_kreditor_id", x => x.kreditor_id, "kreditorer", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_saker_skyldnere_skyldner_id", x => x.skyldner_id, "skyldnere", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "saks_hendelser",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                tidspunkt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                utfort_av_id = table.Column<string>(type: "text", nullable: true),
                utfort_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                beskrivelse = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                @for = table.Column<string>(name: "for", type: "jsonb", nullable: true),
                etter = table.Column<string>(type: "jsonb", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_saks_hendelser", x => x.id);
                table.ForeignKey("fk_saks_hendelser_saker_sak_id", x => x.sak_id, "saker", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("ix_asp_net_role_claims_role_id", "asp_net_role_claims", "role_id");
        migrationBuilder.CreateIndex("role_name_index", "asp_net_roles", "normalized_name", unique: true);
        migrationBuilder.CreateIndex("ix_asp_net_user_claims_user_id", "asp_net_user_claims", "user_id");
        migrationBuilder.CreateIndex("ix_asp_net_user_logins_user_id", "asp_net_user_logins", "user_id");
        migrationBuilder.CreateIndex("ix_asp_net_user_roles_role_id", "asp_net_user_roles", "role_id");
        migrationBuilder.CreateIndex("email_index", "asp_net_users", "normalized_email");
        migrationBuilder.CreateIndex("ix_asp_net_users_kreditor_id", "asp_net_users", "kreditor_id");
        migrationBuilder.CreateIndex("user_name_index", "asp_net_users", "normalized_user_name", unique: true);
        migrationBuilder.CreateIndex("ix_kreditorer_organisasjonsnummer", "kreditorer", "organisasjonsnummer", unique: true);
        migrationBuilder.CreateIndex("ix_saker_kreditor_id_kreditor_referanse", "saker", ["kreditor_id", "kreditor_referanse"], unique: true);
        migrationBuilder.CreateIndex("ix_saker_saksbehandler_id_stadium", "saker", ["saksbehandler_id", "stadium"]);
        migrationBuilder.CreateIndex("ix_saker_saksnummer", "saker", "saksnummer", unique: true);
        migrationBuilder.CreateIndex("ix_saker_skyldner_id", "saker", "skyldner_id");
        migrationBuilder.CreateIndex("ix_saks_hendelser_sak_id_id", "saks_hendelser", ["sak_id", "id"]);
        migrationBuilder.CreateIndex("ix_skyldnere_identifikator", "skyldnere", "identifikator", unique: true);

        foreach (var rolle in Configurations.RolleConfiguration.Roller)
        {
            migrationBuilder.InsertData(
                table: "asp_net_roles",
                columns: ["id", "name", "normalized_name", "concurrency_stamp"],
                columnTypes: ["text", "character varying(256)", "character varying(256)", "text"],
                values: new object[] { rolle.Id, rolle.Name!, rolle.NormalizedName!, rolle.ConcurrencyStamp! });
        }

        // The audit log is append-only: the database itself refuses to change or remove a line.
        migrationBuilder.Sql("""
            CREATE FUNCTION saks_hendelser_er_uforanderlige() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'saks_hendelser er en revisjonslogg: % er ikke tillatt', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END;
            $$;
            CREATE TRIGGER saks_hendelser_kun_tillegg
                BEFORE UPDATE OR DELETE ON saks_hendelser
                FOR EACH ROW EXECUTE FUNCTION saks_hendelser_er_uforanderlige();
            CREATE TRIGGER saks_hendelser_ingen_truncate
                BEFORE TRUNCATE ON saks_hendelser
                FOR EACH STATEMENT EXECUTE FUNCTION saks_hendelser_er_uforanderlige();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER saks_hendelser_ingen_truncate ON saks_hendelser; DROP TRIGGER saks_hendelser_kun_tillegg ON saks_hendelser; DROP FUNCTION saks_hendelser_er_uforanderlige();");
        foreach (var table in new[] { "saks_hendelser", "saker", "asp_net_user_tokens", "asp_net_user_roles", "asp_net_user_logins", "asp_net_user_claims", "asp_net_users", "asp_net_role_claims", "skyldnere", "kreditorer", "data_protection_nokler", "asp_net_roles" })
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropSequence(NamsmannenDbContext.SaksnummerSekvens);
    }
}
