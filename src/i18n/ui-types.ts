/** Labels and notices the components show. Templates may use `{amount}`, `{pg}` and `{count}`. */
export interface UiMessages {
  button: {
    /** The button's label when it has no children. */
    label: string;
    /** Shown while the SDK loads. */
    loading: string;
    /** Shown while the PG window is open. */
    pending: string;
    /** Shown while the merchant's server verifies the key. */
    verifying: string;
  };
  notice: {
    /** Danal card, amount 0: the test charge. */
    testCharge: string;
    /** PGs that only show the amount, amount > 0. */
    displayOnly: string;
    /** Phone billing: later charges are the same amount each month. */
    sameAmountMonthly: string;
    /** Kakao Pay: monthly charge cap. */
    monthlyChargeCap: string;
    /** Kakao Pay: the buyer chooses card or money in the app. */
    payMethodChosenByBuyer: string;
  };
  cardFilter: {
    legend: string;
    selectAll: string;
    clear: string;
    /** Shown when no card company is selected. */
    noneSelected: string;
    /** Heading of the overseas brands. */
    overseas: string;
  };
}
