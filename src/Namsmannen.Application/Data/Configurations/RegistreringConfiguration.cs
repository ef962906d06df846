using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class RegistreringConfiguration : IEntityTypeConfiguration<Registrering>
{
    public void Configure(EntityTypeBuilder<Registrering> builder)
    {
        builder.ToTable("registreringer");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Register).HasConversion<string>().HasMaxLength(30).IsRequired();
        builder.Property(r => r.Utfall).HasConversion<string>().HasMaxLength(40).IsRequired();
        builder.Property(r => r.Sletting).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => r.SakId);
        // Existing entries get their reference when the column comes; new ones bring their own from the domain.
        builder.Property(r => r.Referanse).HasDefaultValueSql("gen_random_uuid()");
        builder.HasIndex(r => r.Referanse).IsUnique();
        builder.Ignore(r => r.Oppforing);
        builder.HasOne<Sak>().WithMany(s => s.Registreringer).HasForeignKey(r => r.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Formuesgode>().WithMany().HasForeignKey(r => r.FormuesgodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
