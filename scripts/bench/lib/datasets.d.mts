export declare function benchPlan(i?: number, overrides?: object): any;
export declare function benchActionItems(plan: { id: string; createdAt: string }, count: number): any[];
export declare function manyPlans(plans: number, itemsEach?: number): { plans: any[]; actionItems: any[]; activePlanId: string };
export declare function bigPlan(options?: { items?: number; goals?: number; checkIns?: number }): { plan: any; actionItems: any[] };
export declare function manyTemplates(count: number, options?: { language?: (i: number) => string | undefined }): any[];
