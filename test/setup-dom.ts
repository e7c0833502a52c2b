/**
 * The task pane's view tests wait for what a click leads to (findBy…, waitFor). Testing Library gives
 * up after 1 s by default, which a machine busy with other work (CI beside a build, a laptop) can
 * exceed while nothing is wrong. Waiting longer costs nothing when the pane answers at once: the wait
 * ends as soon as the element is there.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 20_000 });
