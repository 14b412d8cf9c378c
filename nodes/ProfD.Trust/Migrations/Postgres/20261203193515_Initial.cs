using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace ProfD.Trust.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectorySchools",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    HomeInstitution = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Nation = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    Economy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    City = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    HarvestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SourceSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectorySchools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Nation = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    Endpoint = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "LibraryExhibitions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    HomeInstitution = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Abstract = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Findings = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AuthorName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    Licence = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    ThemesText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    MediaKinds = table.Column<List<string>>(type: "text[]", nullable: false),
                    ProvocationIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    Nation = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    SchoolId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true, collation: "C"),
                    ProjectId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true, collation: "C"),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    HarvestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SourceSequence = table.Column<long>(type: "bigint", nullable: false),
                    SearchVector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('english'::regconfig, coalesce(\"Title\", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(\"Abstract\", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(\"ThemesText\", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(\"Findings\", '')), 'C')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryExhibitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MentorAccreditations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    TeacherId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    HomeInstitution = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Course = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AccreditedFrom = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AccreditedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    SuspendedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SuspensionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorAccreditations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MentorProfiles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    HomeInstitution = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Subjects = table.Column<List<string>>(type: "text[]", nullable: false),
                    SchoolId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true, collation: "C"),
                    Nation = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    MentorCapacity = table.Column<int>(type: "integer", nullable: true),
                    Bio = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    HarvestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SourceSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Nations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Region = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Economy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Provocations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Links = table.Column<List<string>>(type: "text[]", nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Triangles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    FormedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DissolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Triangles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HarvestStates",
                columns: table => new
                {
                    InstitutionCode = table.Column<string>(type: "character varying(32)", nullable: false, collation: "C"),
                    Cursor = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CaughtUpAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SweepBefore = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ChangesApplied = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HarvestStates", x => x.InstitutionCode);
                    table.ForeignKey(
                        name: "FK_HarvestStates_Institutions_InstitutionCode",
                        column: x => x.InstitutionCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NodeHealth",
                columns: table => new
                {
                    InstitutionCode = table.Column<string>(type: "character varying(32)", nullable: false, collation: "C"),
                    Reachable = table.Column<bool>(type: "boolean", nullable: false),
                    SchemaVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Compatible = table.Column<bool>(type: "boolean", nullable: false),
                    Incompatibility = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastCheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NodeHealth", x => x.InstitutionCode);
                    table.ForeignKey(
                        name: "FK_NodeHealth_Institutions_InstitutionCode",
                        column: x => x.InstitutionCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryLinks",
                columns: table => new
                {
                    CarrierId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    SourceId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    TargetId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    Relation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    HomeInstitution = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    HarvestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SourceSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryLinks", x => new { x.CarrierId, x.SourceId, x.TargetId });
                    table.ForeignKey(
                        name: "FK_LibraryLinks_LibraryExhibitions_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "LibraryExhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryTags",
                columns: table => new
                {
                    ExhibitionId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    Facet = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryTags", x => new { x.ExhibitionId, x.Facet, x.Value });
                    table.ForeignKey(
                        name: "FK_LibraryTags_LibraryExhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "LibraryExhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TriangleActivities",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    TriangleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    ExhibitionId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true, collation: "C"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriangleActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TriangleActivities_Triangles_TriangleId",
                        column: x => x.TriangleId,
                        principalTable: "Triangles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TriangleSchools",
                columns: table => new
                {
                    TriangleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SchoolId = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false, collation: "C"),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriangleSchools", x => new { x.TriangleId, x.SchoolId });
                    table.ForeignKey(
                        name: "FK_TriangleSchools_Triangles_TriangleId",
                        column: x => x.TriangleId,
                        principalTable: "Triangles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectorySchools_HomeInstitution_HarvestedAt",
                table: "DirectorySchools",
                columns: new[] { "HomeInstitution", "HarvestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectorySchools_Name_Id",
                table: "DirectorySchools",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Endpoint",
                table: "Institutions",
                column: "Endpoint",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_JoinedAt_Code",
                table: "Institutions",
                columns: new[] { "JoinedAt", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Name_Code",
                table: "Institutions",
                columns: new[] { "Name", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_Nation_Code",
                table: "Institutions",
                columns: new[] { "Nation", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryExhibitions_HomeInstitution_HarvestedAt",
                table: "LibraryExhibitions",
                columns: new[] { "HomeInstitution", "HarvestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryExhibitions_ProjectId",
                table: "LibraryExhibitions",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryExhibitions_PublishedAt_Id",
                table: "LibraryExhibitions",
                columns: new[] { "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryExhibitions_SearchVector",
                table: "LibraryExhibitions",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryLinks_SourceId",
                table: "LibraryLinks",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryLinks_TargetId",
                table: "LibraryLinks",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryTags_Facet_Value_ExhibitionId",
                table: "LibraryTags",
                columns: new[] { "Facet", "Value", "ExhibitionId" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorAccreditations_AccreditedUntil_Id",
                table: "MentorAccreditations",
                columns: new[] { "AccreditedUntil", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorAccreditations_TeacherId_AccreditedUntil",
                table: "MentorAccreditations",
                columns: new[] { "TeacherId", "AccreditedUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorProfiles_HomeInstitution_HarvestedAt",
                table: "MentorProfiles",
                columns: new[] { "HomeInstitution", "HarvestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Provocations_CreatedAt_Id",
                table: "Provocations",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Provocations_Title_Id",
                table: "Provocations",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TriangleActivities_TriangleId_OccurredAt",
                table: "TriangleActivities",
                columns: new[] { "TriangleId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TriangleSchools_SchoolId",
                table: "TriangleSchools",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Triangles_FormedAt_Id",
                table: "Triangles",
                columns: new[] { "FormedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Triangles_Name_Id",
                table: "Triangles",
                columns: new[] { "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectorySchools");

            migrationBuilder.DropTable(
                name: "HarvestStates");

            migrationBuilder.DropTable(
                name: "LibraryLinks");

            migrationBuilder.DropTable(
                name: "LibraryTags");

            migrationBuilder.DropTable(
                name: "MentorAccreditations");

            migrationBuilder.DropTable(
                name: "MentorProfiles");

            migrationBuilder.DropTable(
                name: "Nations");

            migrationBuilder.DropTable(
                name: "NodeHealth");

            migrationBuilder.DropTable(
                name: "Provocations");

            migrationBuilder.DropTable(
                name: "TriangleActivities");

            migrationBuilder.DropTable(
                name: "TriangleSchools");

            migrationBuilder.DropTable(
                name: "LibraryExhibitions");

            migrationBuilder.DropTable(
                name: "Institutions");

            migrationBuilder.DropTable(
                name: "Triangles");
        }
    }
}
