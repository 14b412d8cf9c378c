using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProfD.Node.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JourneyWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PupilsAgeRange",
                table: "ResearchProjects",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Setting",
                table: "ResearchProjects",
                type: "TEXT",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "MediaItems",
                type: "TEXT",
                maxLength: 127,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConclusionsForPractice",
                table: "Exhibitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Findings",
                table: "Exhibitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublicationConsentAt",
                table: "Exhibitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResearchQuestion",
                table: "Exhibitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Exhibitions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "Exhibitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CorrectedVersion",
                table: "Adjudications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExhibitionSections",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExhibitionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitionSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitionSections_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExhibitionShowings",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExhibitionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitionShowings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitionShowings_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorComments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MentorshipId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExhibitionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExhibitionVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorComments", x => x.Id);
                    table.CheckConstraint("CK_MentorComments_OneTarget", "(\"ProjectId\" IS NULL) <> (\"ExhibitionId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_MentorComments_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorComments_Mentorships_MentorshipId",
                        column: x => x.MentorshipId,
                        principalTable: "Mentorships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorComments_ResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionSections_ExhibitionId_Position",
                table: "ExhibitionSections",
                columns: new[] { "ExhibitionId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionShowings_ExhibitionId_HeldOn",
                table: "ExhibitionShowings",
                columns: new[] { "ExhibitionId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionShowings_SchoolId",
                table: "ExhibitionShowings",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorComments_ExhibitionId",
                table: "MentorComments",
                column: "ExhibitionId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorComments_MentorshipId",
                table: "MentorComments",
                column: "MentorshipId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorComments_ProjectId",
                table: "MentorComments",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExhibitionSections");

            migrationBuilder.DropTable(
                name: "ExhibitionShowings");

            migrationBuilder.DropTable(
                name: "MentorComments");

            migrationBuilder.DropColumn(
                name: "PupilsAgeRange",
                table: "ResearchProjects");

            migrationBuilder.DropColumn(
                name: "Setting",
                table: "ResearchProjects");

            migrationBuilder.DropColumn(
                name: "ContentType",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "ConclusionsForPractice",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "Findings",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "PublicationConsentAt",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "ResearchQuestion",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Exhibitions");

            migrationBuilder.DropColumn(
                name: "CorrectedVersion",
                table: "Adjudications");
        }
    }
}
