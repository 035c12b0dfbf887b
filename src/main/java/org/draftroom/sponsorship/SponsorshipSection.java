package org.draftroom.sponsorship;

import jakarta.inject.Singleton;
import org.draftroom.draft.app.DraftSection;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.lifecycle.DraftHeading;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;

import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.draftroom.lifecycle.app.DatingSteps;
import org.draftroom.lifecycle.store.ProceduralSteps;

/** "sponsorship" in a draft's JSON: main sponsors and co-sponsors by name, and the state of the list. */
@Singleton
class SponsorshipSection implements DraftSection {
    private final CoSponsorStore store;
    private final MemberStates memberStates;
    private final ProceduralSteps steps;

    SponsorshipSection(CoSponsorStore store, MemberStates memberStates, ProceduralSteps steps) {
        this.store = store;
        this.memberStates = memberStates;
        this.steps = steps;
    }

    record Sponsor(String code, String name) {
    }

    record CoSponsorView(String code, String name, LocalDate joinedOn, OffsetDateTime joinedAt, boolean joinedAfterTabling) {
    }

    record Sponsorship(List<Sponsor> mainSponsors, List<CoSponsorView> coSponsors, int coSponsorCount, boolean open,
                       OffsetDateTime deadline, OffsetDateTime closedAt, String closedReason, String subsequentlyJoined) {
    }

    @Override
    public String name() {
        return "sponsorship";
    }

    @Override
    public Object describe(Draft draft, Caller caller) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        List<Sponsor> main = draft.mainSponsors().stream().map(c -> new Sponsor(c, memberStates.nameInSession(c, draft.session())))
                .sorted(Comparator.comparing(Sponsor::name, collator)).toList();
        Optional<LocalDate> tabledOn = steps.first(draft.id(), DatingSteps.TABLED);
        List<CoSponsorView> co = store.list(draft.id()).stream()
                .map(c -> new CoSponsorView(c.memberState(), memberStates.nameInSession(c.memberState(), draft.session()),
                        c.joinedOn(), c.joinedAt(), joinedAfterTabling(c, tabledOn)))
                .sorted(Comparator.comparing(CoSponsorView::name, collator)).toList();
        CoSponsorStore.ListState list = store.listState(draft.id());
        boolean open = list.open() && draft.stage() != Stage.ADOPTED;
        String subsequently = DraftHeading.subsequentlyJoined(co.stream().filter(CoSponsorView::joinedAfterTabling)
                .map(CoSponsorView::name).toList());
        return new Sponsorship(main, co, co.size(), open, list.deadline(), list.closedAt(), list.closedReason(), subsequently);
    }

    /**
     * "Subsequently joined" is decided by dates: a State that joined after the day the draft was
     * tabled; on that very day, one that joined once it was tabled.
     */
    static boolean joinedAfterTabling(CoSponsorStore.CoSponsor c, Optional<LocalDate> tabledOn) {
        if (tabledOn.isEmpty() || c.joinedOn() == null) {
            return c.afterTabling();
        }
        return c.joinedOn().isAfter(tabledOn.get()) || c.joinedOn().equals(tabledOn.get()) && c.afterTabling();
    }
}
