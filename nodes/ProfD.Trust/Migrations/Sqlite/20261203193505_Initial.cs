using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Trust.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    HomeInstitution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Nation = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Economy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    HarvestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SourceSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectorySchools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Nation = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "LibraryExhibitions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    HomeInstitution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Abstract = table.Column<string>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    ThemesText = table.Column<string>(type: "TEXT", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    MediaKinds = table.Column<string>(type: "TEXT", nullable: false),
                    ProvocationIds = table.Column<string>(type: "TEXT", nullable: false),
                    Nation = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SchoolId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                    ProjectId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    HarvestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SourceSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryExhibitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MentorAccreditations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TeacherId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    HomeInstitution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AccreditedFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AccreditedUntil = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    SuspendedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SuspensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorAccreditations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MentorProfiles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    HomeInstitution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    Subjects = table.Column<string>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                    Nation = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MentorCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Bio = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HarvestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SourceSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Nations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Economy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Provocations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    Links = table.Column<string>(type: "TEXT", nullable: false),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Triangles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FormedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DissolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Triangles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HarvestStates",
                columns: table => new
                {
                    InstitutionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Cursor = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CaughtUpAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SweepBefore = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChangesApplied = table.Column<long>(type: "INTEGER", nullable: false)
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
                    InstitutionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Reachable = table.Column<bool>(type: "INTEGER", nullable: false),
                    SchemaVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Compatible = table.Column<bool>(type: "INTEGER", nullable: false),
                    Incompatibility = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastCheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
                    CarrierId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HomeInstitution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HarvestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SourceSequence = table.Column<long>(type: "INTEGER", nullable: false)
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
                    ExhibitionId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    Facet = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TriangleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExhibitionId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    TriangleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
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

            // Full-text search over the library (FTS5, porter stemming); the harvester keeps it in step with LibraryExhibitions.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"LibrarySearch\" USING fts5(\"Id\" UNINDEXED, \"Title\", \"Abstract\", \"Themes\", \"Findings\", tokenize = 'porter unicode61');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"LibrarySearch\";");

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
