using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ProfD.Node.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChangeFeedAndMedia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeRecords",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntityType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    EntityKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Operation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeRecords", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "MediaBlobs",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaBlobs", x => x.Sha256);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRecords_EntityType_EntityKey_Sequence",
                table: "ChangeRecords",
                columns: new[] { "EntityType", "EntityKey", "Sequence" });

            // What was public before the feed existed enters it once, so a harvester starting from the beginning sees
            // everything: schools, then published exhibitions, tombstones of withdrawn ones, then mentors.
            migrationBuilder.Sql("""
                INSERT INTO "ChangeRecords" ("EntityType", "EntityKey", "Operation", "ChangedAt")
                SELECT 'School', "Id", 'Upsert', "UpdatedAt" FROM "Schools" ORDER BY "CreatedAt", "Id";
                INSERT INTO "ChangeRecords" ("EntityType", "EntityKey", "Operation", "ChangedAt")
                SELECT 'Exhibition', "Id", 'Upsert', "UpdatedAt" FROM "Exhibitions" WHERE "Status" = 'Published' ORDER BY "CreatedAt", "Id";
                INSERT INTO "ChangeRecords" ("EntityType", "EntityKey", "Operation", "ChangedAt")
                SELECT 'Exhibition', "Id", 'Delete', "UpdatedAt" FROM "Exhibitions" WHERE "Status" = 'Withdrawn' ORDER BY "CreatedAt", "Id";
                INSERT INTO "ChangeRecords" ("EntityType", "EntityKey", "Operation", "ChangedAt")
                SELECT 'Mentor', "Id", 'Upsert', "UpdatedAt" FROM "Teachers" WHERE "OffersMentoring" = TRUE ORDER BY "CreatedAt", "Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeRecords");

            migrationBuilder.DropTable(
                name: "MediaBlobs");
        }
    }
}
