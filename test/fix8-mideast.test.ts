// Issue 10, fix round 8 on a Middle East probe: classes of sentences the extractor missed. Every sentence is written
// for this file (other actors and regions than the probe's).
import { hasFacts, lacksFacts } from "./helpers/extract";

describe("issue 10 fix round 8, Middle East classes", () => {
  describe("designating a group as a terrorist organisation sanctions it", () => {
    it("each listed group is sanctioned, however long its name", () => {
      hasFacts("Japan designated Hamas and the Muslim Brotherhood as terrorist groups.", "Japan -SANCTIONED-> Hamas", "Japan -SANCTIONED-> Muslim Brotherhood");
      hasFacts("Britain has designated both Harakat al-Nujaba and Kataib Sayyid al-Shuhada as terrorist organisations.", "United Kingdom -SANCTIONED-> Harakat al-Nujaba", "United Kingdom -SANCTIONED-> Kataib Sayyid al-Shuhada");
    });
    it("a designation as anything else, or denied, sanctions no one", () => {
      lacksFacts("Joe Biden designated Qatar as a major non-Nato ally and met Tamim bin Hamad Al Thani.", "Joe Biden -MET_WITH-> Tamim bin Hamad Al Thani", "Joe Biden -SANCTIONED-> Qatar");
      lacksFacts("France sanctioned Hamas but has not designated Hezbollah as a terrorist group.", "France -SANCTIONED-> Hamas", "France -SANCTIONED-> Hezbollah");
    });
  });
});
