package org.sitrep.analyse;

import static org.sitrep.analyse.CameoCode.APPEAL;
import static org.sitrep.analyse.CameoCode.ASSAULT;
import static org.sitrep.analyse.CameoCode.CONSULT;
import static org.sitrep.analyse.CameoCode.COERCE;
import static org.sitrep.analyse.CameoCode.DEMAND;
import static org.sitrep.analyse.CameoCode.DISAPPROVE;
import static org.sitrep.analyse.CameoCode.ENGAGE_IN_DIPLOMATIC_COOPERATION;
import static org.sitrep.analyse.CameoCode.ENGAGE_IN_MATERIAL_COOPERATION;
import static org.sitrep.analyse.CameoCode.EXHIBIT_FORCE_POSTURE;
import static org.sitrep.analyse.CameoCode.EXPRESS_INTENT_TO_COOPERATE;
import static org.sitrep.analyse.CameoCode.FIGHT;
import static org.sitrep.analyse.CameoCode.INVESTIGATE;
import static org.sitrep.analyse.CameoCode.PROTEST;
import static org.sitrep.analyse.CameoCode.PROVIDE_AID;
import static org.sitrep.analyse.CameoCode.REDUCE_RELATIONS;
import static org.sitrep.analyse.CameoCode.REJECT;
import static org.sitrep.analyse.CameoCode.THREATEN;
import static org.sitrep.analyse.CameoCode.USE_UNCONVENTIONAL_MASS_VIOLENCE;
import static org.sitrep.analyse.CameoCode.YIELD;

import java.util.List;

/**
 * The words that report events, by CAMEO root category. Longer phrases come first so that "call
 * for" (a demand) wins over "call" and "shoot down" over "shoot". Statements ("said") are left out:
 * quotes already show who said what, and a statement with no target says little about relations.
 */
final class EventLexicon {

    private EventLexicon() {
    }

    static final List<EventTrigger> TRIGGERS = List.of(
            // phrases first
            EventTrigger.of("call for", DEMAND),
            EventTrigger.of("call on", APPEAL),
            EventTrigger.of("hold talks", CONSULT, 4),
            EventTrigger.verbOrNoun("talks", CONSULT),
            EventTrigger.of("shoot down", FIGHT, 1),
            EventTrigger.of("pull back", YIELD),
            EventTrigger.of("cut ties", REDUCE_RELATIONS),
            EventTrigger.of("impose sanctions", REDUCE_RELATIONS, 1),
            EventTrigger.of("send troops", EXHIBIT_FORCE_POSTURE, 3),
            EventTrigger.of("send reinforcements", EXHIBIT_FORCE_POSTURE, 3),
            EventTrigger.of("use force", THREATEN, 1),
            EventTrigger.of("chemical weapons", USE_UNCONVENTIONAL_MASS_VIOLENCE),
            // violent repression of a crowd is coercion in CAMEO (175), not an assault on a party
            EventTrigger.of("fire tear gas", COERCE), EventTrigger.of("use tear gas", COERCE),
            EventTrigger.of("crack down", COERCE),
            // 02 appeal
            EventTrigger.of("urge", APPEAL), EventTrigger.of("appeal", APPEAL),
            // 03 express intent to cooperate
            EventTrigger.of("pledge", EXPRESS_INTENT_TO_COOPERATE), EventTrigger.of("promise", EXPRESS_INTENT_TO_COOPERATE),
            EventTrigger.of("offer", EXPRESS_INTENT_TO_COOPERATE),
            // 04 consult
            EventTrigger.of("meet", CONSULT), EventTrigger.of("negotiate", CONSULT), EventTrigger.verbOrNoun("visit", CONSULT),
            EventTrigger.of("host", CONSULT), EventTrigger.of("consult", CONSULT), EventTrigger.of("phone", CONSULT),
            // 05 diplomatic cooperation
            EventTrigger.of("agree", ENGAGE_IN_DIPLOMATIC_COOPERATION), EventTrigger.of("sign", ENGAGE_IN_DIPLOMATIC_COOPERATION),
            EventTrigger.of("praise", ENGAGE_IN_DIPLOMATIC_COOPERATION),
            EventTrigger.of("cooperate", ENGAGE_IN_DIPLOMATIC_COOPERATION),
            EventTrigger.of("collaborate", ENGAGE_IN_DIPLOMATIC_COOPERATION),
            // 06 material cooperation
            EventTrigger.of("supply", ENGAGE_IN_MATERIAL_COOPERATION), EventTrigger.of("buy", ENGAGE_IN_MATERIAL_COOPERATION),
            EventTrigger.of("sell", ENGAGE_IN_MATERIAL_COOPERATION),
            // 07 aid
            EventTrigger.of("donate", PROVIDE_AID),
            // 08 yield
            EventTrigger.of("withdraw", YIELD), EventTrigger.of("retreat", YIELD), EventTrigger.of("release", YIELD),
            // 09 investigate
            EventTrigger.of("investigate", INVESTIGATE), EventTrigger.of("probe", INVESTIGATE),
            // 10 demand
            EventTrigger.of("demand", DEMAND), EventTrigger.of("insist", DEMAND),
            // 11 disapprove
            EventTrigger.of("accuse", DISAPPROVE), EventTrigger.of("criticise", DISAPPROVE),
            EventTrigger.of("criticize", DISAPPROVE), EventTrigger.of("condemn", DISAPPROVE), EventTrigger.of("blame", DISAPPROVE),
            EventTrigger.of("denounce", DISAPPROVE),
            // 12 reject
            EventTrigger.of("reject", REJECT), EventTrigger.of("refuse", REJECT), EventTrigger.of("deny", REJECT),
            EventTrigger.of("veto", REJECT), EventTrigger.of("resist", REJECT), EventTrigger.of("snub", REJECT),
            // 13 threaten
            EventTrigger.of("threaten", THREATEN), EventTrigger.of("warn", THREATEN),
            // 14 protest
            EventTrigger.verbOrNoun("protest", PROTEST),
            // 15 force posture
            EventTrigger.of("deploy", EXHIBIT_FORCE_POSTURE), EventTrigger.of("mass", EXHIBIT_FORCE_POSTURE),
            EventTrigger.of("mobilise", EXHIBIT_FORCE_POSTURE), EventTrigger.of("mobilize", EXHIBIT_FORCE_POSTURE),
            EventTrigger.of("reinforce", EXHIBIT_FORCE_POSTURE),
            // 16 reduce relations
            EventTrigger.of("sanction", REDUCE_RELATIONS), EventTrigger.of("expel", REDUCE_RELATIONS),
            EventTrigger.of("suspend", REDUCE_RELATIONS),
            // 17 coerce
            EventTrigger.of("arrest", COERCE), EventTrigger.of("detain", COERCE), EventTrigger.of("seize", COERCE),
            EventTrigger.of("disperse", COERCE),
            // 18 assault
            EventTrigger.of("abduct", ASSAULT), EventTrigger.of("kidnap", ASSAULT), EventTrigger.of("torture", ASSAULT),
            EventTrigger.of("assassinate", ASSAULT),
            // 19 fight
            EventTrigger.verbOrNoun("attack", FIGHT), EventTrigger.of("shell", FIGHT), EventTrigger.of("bomb", FIGHT),
            EventTrigger.verbOrNoun("bombard", FIGHT), EventTrigger.of("kill", FIGHT), EventTrigger.of("downed", FIGHT),
            EventTrigger.of("capture", FIGHT), EventTrigger.of("recapture", FIGHT), EventTrigger.of("retake", FIGHT),
            EventTrigger.verbOrNoun("clash", FIGHT), EventTrigger.of("invade", FIGHT), EventTrigger.of("retaliate", FIGHT),
            EventTrigger.of("destroy", FIGHT), EventTrigger.verbOrNoun("airstrike", FIGHT),
            // 20 mass violence
            EventTrigger.verbOrNoun("massacre", USE_UNCONVENTIONAL_MASS_VIOLENCE));
}
