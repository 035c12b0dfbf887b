package org.draftroom.sponsorship;

import jakarta.inject.Singleton;
import org.draftroom.document.app.DraftSection;
import org.draftroom.document.store.DraftRecord;
import org.draftroom.lifecycle.DraftHeading;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.security.Caller;

import java.text.Collator;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "sponsorship" in a draft's JSON: main sponsors and co-sponsors by name, and the state of the list. */
@Singleton
class SponsorshipSection implements DraftSection {
    private final CoSponsorStore store;
    private final MemberStates memberStates;

    SponsorshipSection(CoSponsorStore store, MemberStates memberStates) {
        this.store = store;
        this.memberStates = memberStates;
    }

    record Sponsor(String code, String name) {
    }

    record CoSponsorView(String code, String name, OffsetDateTime joinedAt, boolean joinedAfterTabling) {
    }

    record Sponsorship(List<Sponsor> mainSponsors, List<CoSponsorView> coSponsors, int coSponsorCount, boolean open,
                       OffsetDateTime deadline, OffsetDateTime closedAt, String closedReason, String subsequentlyJoined) {
    }

    @Override
    public String name() {
        return "sponsorship";
    }

    @Override
    public Object describe(DraftRecord draft, Caller caller) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        List<Sponsor> main = draft.mainSponsors().stream().map(c -> new Sponsor(c, memberStates.nameOf(c)))
                .sorted(Comparator.comparing(Sponsor::name, collator)).toList();
        List<CoSponsorView> co = store.list(draft.id()).stream()
                .map(c -> new CoSponsorView(c.memberState(), memberStates.nameOf(c.memberState()), c.joinedAt(), c.afterTabling()))
                .sorted(Comparator.comparing(CoSponsorView::name, collator)).toList();
        CoSponsorStore.ListState list = store.listState(draft.id());
        boolean open = list.open() && !"ADOPTED".equals(draft.stage());
        String subsequently = DraftHeading.subsequentlyJoined(co.stream().filter(CoSponsorView::joinedAfterTabling)
                .map(CoSponsorView::name).toList());
        return new Sponsorship(main, co, co.size(), open, list.deadline(), list.closedAt(), list.closedReason(), subsequently);
    }
}
